using System.Text.RegularExpressions;
using BenefitsBot.Domain.Dates;

namespace BenefitsBot.Domain.Rules;

public sealed partial class RuleQuestionInterpreter
{
    /// <summary>The date a rule counts from; <paramref name="Stated"/> when the text says what it marks (else the rule's default role).</summary>
    private readonly record struct Anchor(DateOnly Date, DateRole Role, bool Stated, int Start);

    /// <summary>A single day mentioned in the question, where it is, and the event its clause says it marks (null when none is said).</summary>
    /// <param name="Span">A few days ("at the end of next week"): only a day asked about, as its last day; no event date.</param>
    /// <param name="Supposed">In a condition ("if we pay on 20 May"): a day asked about when another date tells the event.</param>
    /// <param name="Weekday">How a weekday of the week of another day was counted, to move it to another year as that weekday.</param>
    private readonly record struct Candidate(DateOnly Date, int Start, int End, DateRole? Role, bool Span = false, bool Supposed = false, WeekdayOfWeek? Weekday = null);

    private readonly record struct RoleSpan(DateRole Role, int Start, int End);

    /// <summary>
    /// The single days mentioned (a one-day range counts as a day; a month after "end of / start of" is its last / first day; other
    /// ranges and durations are no usable date), without "today"/"now" or a pasted e-mail's sent date when another date exists ("we
    /// bought it on May 5, can we still cancel today?"). Each takes the role of the nearest role phrase before it in its clause, else
    /// the nearest after it ("op 3 maart gekocht", "5月6日買了"); then the user's own corrections apply (<see cref="Corrected"/>).
    /// </summary>
    private static List<Candidate> Candidates(TextView view, IReadOnlyList<DateMention> dates, RuleVocabulary[] vocabularies)
    {
        var placed = DaysInNamedPeriods(view, dates);
        var weekdays = placed.Where(d => d.Weekday is not null).ToDictionary(d => d.Start, d => d.Weekday);
        var days = placed.Select(d => ToDay(view, d, vocabularies)).OfType<(DateOnly Date, int Start, int End, bool Span)>().ToList();
        var notToday = days.Where(c => !IsTodayWord(view, c.Start, c.End, vocabularies) && !InHeaderLine(view, c.Start) && !IsMessageDate(view, c.Start, c.End, vocabularies)).ToList();
        if (notToday.Count > 0)
        {
            days = notToday;
        }

        days = WithoutRestatedOffsets(view, WithBracketedRestatements(view, days));

        var clauses = ClauseSpans(view, vocabularies[0]);
        var roleSpans = vocabularies
            .SelectMany(v => v.RoleCues.Select(cue => (cue, v, Text: view.For(v))))
            .SelectMany(x => x.cue.Pattern.Matches(x.Text).Where(m => !(x.cue.Role == DateRole.Purchase && NobodyDid(x.Text, m.Index, clauses, x.v)))
                .Select(m => new RoleSpan(x.cue.Role, m.Index, m.Index + m.Length)))
            .ToList();
        var spans = days.ConvertAll(d => (d.Start, d.End));
        var conditions = vocabularies.SelectMany(v => v.ConditionalWords.Matches(view.For(v)).Concat(v.PlanWords.Matches(view.For(v))).Select(m => m.Index)).ToList();
        return Corrected(view, [.. days.Select(d => new Candidate(d.Date, d.Start, d.End, RoleOf(BracketOpening(view, d.Start, d.End) ?? AppositionComma(view, d.Start, d.End) ?? d.Start, d.End, roleSpans, clauses, spans), d.Span,
            Supposed(d.Start, clauses, conditions), weekdays.GetValueOrDefault(d.Start)))], vocabularies);
    }

    /// <summary>
    /// "Nobody" before a payment in its clause ("nobody on the team paid the 3 March invoice", "niemand in ons team heeft de
    /// factuur van 3 maart betaald"): no purchase happened, so the date is not one.
    /// </summary>
    private static bool NobodyDid(string text, int index, List<(int Start, int End)> clauses, RuleVocabulary vocabulary)
    {
        var clause = clauses.FirstOrDefault(c => c.Start <= index && index < c.End, (Start: 0, End: int.MaxValue));
        var start = Math.Max(0, clause.Start);
        return index > start && index <= text.Length && vocabulary.NobodyWords.IsMatch(text.AsSpan(start, index - start));
    }

    /// <summary>
    /// Where a date stands alone in brackets ("the expiry date (17 August 2022) came and went"), the opening bracket: its role is read
    /// from the words before the brackets, which name what the date is.
    /// </summary>
    private static int? BracketOpening(TextView view, int start, int end)
    {
        var open = start - 1;
        while (open >= 0 && char.IsWhiteSpace(view.Text[open]))
        {
            open--;
        }

        return open > 0 && view.Text[open] is '(' or '（' && end <= view.Text.Length && ClosingBracket().IsMatch(view.Text, end) ? open - 1 : null;
    }

    /// <summary>
    /// Where a date alone ends a sentence after a comma ("he got it at the team offsite, 4 March 2023."), the comma: the
    /// date restates the day the words before it name, and takes its role from them, as a date alone in brackets does.
    /// </summary>
    private static int? AppositionComma(TextView view, int start, int end)
    {
        var comma = start - 1;
        while (comma >= 0 && char.IsWhiteSpace(view.Text[comma]))
        {
            comma--;
        }

        return comma > 0 && view.Text[comma] is ',' or '，' && end <= view.Text.Length && EndsSentence().IsMatch(view.Text, end) ? comma - 1 : null;
    }

    /// <summary>Nothing but the end of a sentence (or of the message) follows.</summary>
    [GeneratedRegex(@"\G\s*([.!?。！？]|$)")]
    private static partial Regex EndsSentence();

    /// <summary>A condition word before the date in its clause ("if I had reassigned it on February 15", "als we op 1 april betaald hadden").</summary>
    private static bool Supposed(int start, List<(int Start, int End)> clauses, List<int> conditions)
    {
        var clause = clauses.FirstOrDefault(c => c.Start <= start && start < c.End, (Start: 0, End: int.MaxValue));
        return conditions.Exists(c => c >= clause.Start && c < start);
    }

    /// <summary>
    /// A counted offset restated by the day it means, side by side ("about six weeks ago, on Nov 3", "3 nov, för sex veckor
    /// sedan"): the day written out is what the user looked up, the offset their estimate; the offset goes. So does a bare weekday
    /// right before the date it names.
    /// </summary>
    private static List<(DateOnly Date, int Start, int End, bool Span)> WithoutRestatedOffsets(TextView view, List<(DateOnly Date, int Start, int End, bool Span)> days)
    {
        var restated = new HashSet<int>();
        for (var i = 0; i + 1 < days.Count; i++)
        {
            var (first, second) = (days[i], days[i + 1]);
            if (first.Span || second.Span || first.End > second.Start || second.End > view.Text.Length)
            {
                continue;
            }

            var firstOffset = CountedOffset().IsMatch(view.Text.AsSpan(first.Start, first.End - first.Start));
            var secondOffset = CountedOffset().IsMatch(view.Text.AsSpan(second.Start, second.End - second.Start));
            var gap = view.Text.AsSpan(first.End, second.Start - first.End);
            // The verb may stand between an offset and its restatement ("zes weken geleden besteld, op 3 maart"), which
            // then names about the same day, not another event ("three weeks ago redeemed, on 1 April next year we …").
            if (!Apposition().IsMatch(gap) && !(firstOffset && !secondOffset && VerbThenApposition().IsMatch(gap)
                && Math.Abs(second.Date.DayNumber - first.Date.DayNumber) <= RestatedOffsetSlack))
            {
                continue;
            }

            if (firstOffset != secondOffset)
            {
                restated.Add(firstOffset ? i : i + 1);
            }
            else if (BareWeekday().IsMatch(view.Text.AsSpan(first.Start, first.End - first.Start))
                && !BareWeekday().IsMatch(view.Text.AsSpan(second.Start, second.End - second.Start)))
            {
                // "fredag 2024-05-03", "Friday, 5/3/2024": the weekday names the written date, whose year the weekday alone lacks.
                restated.Add(i);
            }
        }

        return restated.Count == 0 ? days : [.. days.Where((_, i) => !restated.Contains(i))];
    }

    /// <summary>
    /// A day restated in brackets ("last Monday (13 Oct)", 上星期一（10月13号）過期了) is one mention: the brackets end at the phrase
    /// that tells what happened, so the pair's role is read after the closing bracket.
    /// </summary>
    private static List<(DateOnly Date, int Start, int End, bool Span)> WithBracketedRestatements(TextView view, List<(DateOnly Date, int Start, int End, bool Span)> days)
    {
        var result = new List<(DateOnly Date, int Start, int End, bool Span)>();
        for (var i = 0; i < days.Count; i++)
        {
            var day = days[i];
            // A yearless restatement is the same day in the year told before it ("2022年國慶日(10/10)").
            if (i + 1 < days.Count && days[i + 1] is var next && day.End <= next.Start && next.End < view.Text.Length
                && (next.Date == day.Date || (next.Date.Month == day.Date.Month && next.Date.Day == day.Date.Day
                    && !YearWritten().IsMatch(view.Text.AsSpan(next.Start, next.End - next.Start))))
                && OpeningBracket().IsMatch(view.Text.AsSpan(day.End, next.Start - day.End)) && ClosingBracket().Match(view.Text, next.End) is { Success: true } close)
            {
                result.Add(day with { End = close.Index + close.Length });
                i++;
                continue;
            }

            // A day named without its year and restated with it in brackets ("on Boxing Day (26 December 2016)", 聖誕節加入的（2016年12月25日）):
            // the bracketed day, year and all.
            if (i + 1 < days.Count && days[i + 1] is var dated && day.End <= dated.Start && dated.End < view.Text.Length
                && dated.Date.Month == day.Date.Month && dated.Date.Day == day.Date.Day && dated.Date != day.Date
                && !YearWritten().IsMatch(view.Text.AsSpan(day.Start, day.End - day.Start)) && YearWritten().IsMatch(view.Text.AsSpan(dated.Start, dated.End - dated.Start))
                && OpeningBracketAfterFewWords().IsMatch(view.Text.AsSpan(day.End, dated.Start - day.End)) && ClosingBracket().Match(view.Text, dated.End) is { Success: true } closing)
            {
                result.Add(day with { Date = dated.Date, End = closing.Index + closing.Length });
                i++;
                continue;
            }

            result.Add(day);
        }

        return result;
    }

    [GeneratedRegex(@"^\s*[(（]\s*$", RegexOptions.NonBacktracking)]
    private static partial Regex OpeningBracket();

    [GeneratedRegex(@"\G\s*[)）]")]
    private static partial Regex ClosingBracket();

    /// <summary>An opening bracket, after at most a few words of the same clause: 聖誕節加入的（2016年12月25日）.</summary>
    [GeneratedRegex(@"^[^,.;?!，。？！()（）]{0,12}[(（]\s*$", RegexOptions.NonBacktracking)]
    private static partial Regex OpeningBracketAfterFewWords();

    /// <summary>What stands between a day and its restatement: a comma or bracket, "on", "i.e.", "that is", and their kin (normalized text).</summary>
    [GeneratedRegex(@"^\s*[,(（，]?\s*(on|den|op|i\.?e\.?|that is|namely|dvs\.?|alltsa|d\.?w\.?z\.?|oftewel|也就是|即)?\s*$", RegexOptions.NonBacktracking)]
    private static partial Regex Apposition();

    /// <summary>Days an offset ("zes weken geleden") may be off from the day that restates it: an estimate, not another event.</summary>
    private const int RestatedOffsetSlack = 31;

    /// <summary>One word, then a comma and what may open an apposition: "besteld, op", "inlöst, den", "redeemed, on".</summary>
    [GeneratedRegex(@"^\s*[a-z]+\s*,\s*(on|den|op)?\s*$", RegexOptions.NonBacktracking)]
    private static partial Regex VerbThenApposition();

    /// <summary>A day given as an offset from today: "six weeks ago", "för tre veckor sedan", "twee weken geleden", "三週前" (normalized text).</summary>
    [GeneratedRegex(@"\bago\b|\bsedan\b|\bgeleden\b|\d+\s*(天|週|周|個月|个月|年)前|[一二三四五六七八九十兩两]+\s*(天|週|周|個月|个月|年)前", RegexOptions.NonBacktracking)]
    private static partial Regex CountedOffset();

    /// <summary>Characters between a month and a bare day that names its day ("back in January (the 9th)", "i mars förra året, den 21:a").</summary>
    private const int MonthDayReach = 40;

    /// <summary>Characters between a named period and a day that restates it in the same sentence, with no other date between.</summary>
    private const int RestatedDayReach = 80;

    /// <summary>
    /// A day right after a named period is a day in it. A bare day after a month (or a part of one that holds it) is that month's day: "back in January (the 9th)",
    /// "i mars förra året, den 21:a närmare bestämt", "volgende maand af, op de 3e", "since September 2019 … bought it on the 5th".
    /// A day without a year after a year (or after its own month) is in that year: "i fjol, den 14 april", "sedan 2020, köpte den på
    /// nationaldagen", "in april vorig jaar, op 28 april". Alone, the recognizer reads such a day as its latest occurrence up to today.
    /// </summary>
    private static List<DateMention> DaysInNamedPeriods(TextView view, IReadOnlyList<DateMention> dates)
    {
        var result = dates.ToList();
        for (var i = 0; i < result.Count; i++)
        {
            var day = result[i];
            if (day is not { Kind: DateMentionKind.Date, Date: { } date } || day.Start + day.Length > view.Text.Length)
            {
                continue;
            }

            var surface = view.Text.AsSpan(day.Start, day.Length);
            if (BareDay().IsMatch(surface))
            {
                var month = dates.LastOrDefault(m => m is { Kind: DateMentionKind.DateRange, RangeStart: { } s, RangeEnd: { } e } && HoldsDayOfMonth(s, e, date.Day)
                    && m.Start + m.Length <= day.Start && (day.Start - (m.Start + m.Length) <= MonthDayReach || RestatesPeriod(view, dates, m, day)))
                    ?? dates.FirstOrDefault(m => m is { Kind: DateMentionKind.DateRange, RangeStart: { } s, RangeEnd: { } e } && IsWholeMonth(s, e)
                        && m.Start >= day.Start + day.Length && MonthAfterDay().IsMatch(view.Text.AsSpan(day.Start + day.Length, m.Start - day.Start - day.Length)));
                if (month?.RangeStart is { } first && Calendar.TryDate(first.Year, first.Month, date.Day) is { } placed)
                {
                    result[i] = day with { Date = placed };
                }

                continue;
            }
            // "i fjol, den 14 april"; "in april vorig jaar, op 28 april": a year, or the same month, restated with the day. Not a day
            // that recurs ("members since 2019, renewing on 2 March each year", "sedan 2019 … den 2 mars varje år"), nor one told from
            // today ("bought in 2021; it lapsed on the 9th of last month", 上個月9號).
            if (!YearWritten().IsMatch(surface) && !RelativeToToday().IsMatch(surface) && i > 0 && dates[i - 1] is { Kind: DateMentionKind.DateRange, RangeStart: { } periodStart, RangeEnd: { } periodEnd } period
                && (IsWholeYear(periodStart, periodEnd) || (IsWholeMonth(periodStart, periodEnd) && periodStart.Month == date.Month))
                && RestatesPeriod(view, dates, period, day) && !RecursYearly(view, period, day)
                && Calendar.TryDate(periodStart.Year, date.Month, date.Day) is { } inYear)
            {
                result[i] = day.Weekday is { } weekday && weekday.MovedYears(periodStart.Year - date.Year) is var moved
                    ? day with { Date = moved.Day, Weekday = moved }
                    : day with { Date = inYear };
            }
        }

        return result;
    }

    /// <summary>Characters after a day within which "every year" and its kin still speak of it ("2 March each year").</summary>
    private const int RecurrenceReach = 20;

    /// <summary>A day said to come every year, between the period before it and a little after it in the sentence.</summary>
    private static bool RecursYearly(TextView view, DateMention period, DateMention day)
    {
        var from = period.Start + period.Length;
        var to = Math.Min(view.Text.Length, day.Start + day.Length + RecurrenceReach);
        if (SentenceBreaks.End().Match(view.Text, day.Start + day.Length, to - day.Start - day.Length) is { Success: true } sentenceEnd)
        {
            to = sentenceEnd.Index;
        }

        // "lid sinds 2017, onze jaardatum is 9 oktober", "2017年起就是會員，週年日是10月9日": the membership began in
        // that year, and its anniversary comes every year since.
        var sinceFrom = Math.Max(0, period.Start - SinceReach);
        return RecurringDay().IsMatch(view.Text.AsSpan(from, to - from))
            || (SinceWord().IsMatch(view.Text.AsSpan(sinceFrom, from - sinceFrom)) && AnniversaryWord().IsMatch(view.Text.AsSpan(from, day.Start + day.Length - from)));
    }

    /// <summary>Characters before a year within which "since" makes it the year a membership began.</summary>
    private const int SinceReach = 8;

    [GeneratedRegex(@"\b(since|sinds|sedan)\b|從|从|自", RegexOptions.NonBacktracking)]
    private static partial Regex SinceWord();

    /// <summary>The yearly date named as such (normalized text): anniversary, jubileumdatum, årsdag, 週年日, 年度日期.</summary>
    [GeneratedRegex(@"\ba?nniv[ea]rsar|\byearly date\b|\bjubileum|\bjaardag|\bjaardatum|\barsdag|\barsdatum|週年|周年|年度日期", RegexOptions.NonBacktracking)]
    private static partial Regex AnniversaryWord();

    /// <summary>Every year, each year, annually, yearly (normalized text).</summary>
    [GeneratedRegex(@"\b(every|each)\b|\bannual(ly)?\b|\byearly\b|\bvarje\b|\barligen\b|\b(elk|ieder)e?\b|\bjaarlijks\b|每年|每一年", RegexOptions.NonBacktracking)]
    private static partial Regex RecurringDay();

    /// <summary>A day and its month split by an aside: "the 14th - of October 2022", "den 14:e, i oktober", "de 14e - van oktober" (normalized text).</summary>
    [GeneratedRegex(@"^\s*[-–—,)]*\s*(of|i|av|van|in)\s*$", RegexOptions.NonBacktracking)]
    private static partial Regex MonthAfterDay();

    /// <summary>The day follows the period in the same sentence, near enough, with no other date between.</summary>
    private static bool RestatesPeriod(TextView view, IReadOnlyList<DateMention> dates, DateMention period, DateMention day)
    {
        var end = period.Start + period.Length;
        return end <= day.Start && day.Start - end <= RestatedDayReach
            && !dates.Any(m => m.Start >= end && m.Start < day.Start)
            && !SentenceBreaks.End().IsMatch(view.Text.AsSpan(end, day.Start - end));
    }

    /// <summary>
    /// The first date whose role the rule accepts, else the first date with the rule's default role. Written without a year, an
    /// anniversary or renewal date (which comes back every year) that a window or an extension counts from is the occurrence nearest
    /// today ("our renewal date is 20/1"; a lapse asked about for the grace period has happened, so it stays the latest), and a COVID
    /// anniversary is the 2020 one, the only year the extension covered.
    /// </summary>
    private static Anchor? ChooseAnchor(RuleKind kind, List<Candidate> all, string text, TextView view, RuleVocabulary[] vocabularies, DateOnly? today)
    {
        var candidates = all.Where(c => !c.Span).ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        // The day someone left is their event, not one a rule counts from ("Sam quit on Monday; his licence was assigned in February").
        var clauses = Clauses(view);
        if (candidates.FindAll(c => !Departed(view, clauses, c, vocabularies)) is { Count: > 0 } stayed)
        {
            candidates = stayed;
        }

        // The day this cycle's renewal was paid tells the payment, not the cycle ("the renewal went through on 10 March; we joined on 5
        // March 2021"): the cycle counts from the other date.
        if (candidates.FindAll(c => !PaidRenewalDay(view, clauses, c, vocabularies)) is { Count: > 0 } unpaid)
        {
            candidates = unpaid;
        }

        // A supposed day ("if we renew on 20 May") is the day asked about once another date tells the event; unless only the
        // supposed day is told as the rule's own event ("if I redeem the Visio key next week, how long will it work? Our
        // licences end in June."): then the plan is the event.
        // A day in the question is asked about, no event told ("if I assign it tomorrow, can I hand it on on 13 March?").
        var plannedEvent = candidates.Exists(c => c.Supposed && c.Role is { } r && KindRoles.Accepts(kind, r))
            && !candidates.Exists(c => !c.Supposed && c.Role is { } r && KindRoles.Accepts(kind, r)
                && !clauses.Any(k => k.Start <= c.Start && c.Start < k.End && (k.Asked || AsksEligibility(k, vocabularies))));
        if (!plannedEvent && candidates.Exists(c => !c.Supposed))
        {
            candidates = candidates.FindAll(c => !c.Supposed);
        }

        // Split at punctuation and "and / but", once for every test below that reads a date's own clause.
        var smallClauses = ClauseSpans(view, vocabularies[0]);

        // A payment or an invoice tells when money moved: beside a date told as the start or the anniversary it is not the cycle's
        // start ("we were invoiced on 9 March; we joined on 2 March 2019").
        if (KindRoles.CountsFromAnniversary(kind))
        {
            var payments = candidates.FindAll(c => c.Role is null or DateRole.Purchase && PaymentTold(view, smallClauses, c, vocabularies));
            if (payments.Count > 0 && candidates.Exists(c => !payments.Contains(c) && c.Role is DateRole.Purchase or DateRole.Anniversary or DateRole.EnrollmentRenewal))
            {
                candidates = candidates.FindAll(c => !payments.Contains(c));
            }
        }

        // Joining the network is free: beside a purchase told, the day the company joined MPN is not the start the rules count from
        // ("we joined MPN in May 2021; the competency was bought on 8 June 2021").
        var joinedNetwork = candidates.FindAll(c => c.Role == DateRole.Purchase && ClauseTells(view, smallClauses, c, vocabularies, static v => v.NetworkJoinWords));
        if (joinedNetwork.Count > 0 && candidates.Exists(c => c.Role == DateRole.Purchase && !joinedNetwork.Contains(c)))
        {
            candidates = candidates.FindAll(c => !joinedNetwork.Contains(c));
        }

        // A stated anniversary is the rule's own date; a purchase (or a payment) only leads to it.
        var chosen = candidates.Where(c => c.Role is { } r && KindRoles.Accepts(kind, r)).OrderBy(c => KindRoles.Directness(kind, c.Role!.Value)).FirstOrDefault(candidates[0]);
        chosen = ItemAsked(kind, text, view, candidates, chosen, vocabularies[0].IsCjk) ?? chosen;

        var listedAsked = kind == RuleKind.VsReassignFrom && !vocabularies[0].IsCjk ? ListedItemAsked(text, candidates) : null;
        chosen = listedAsked ?? chosen;

        // A subscription moved on from one holder to the next counts from its latest assignment, the present holder's: the latest
        // of the assignments told as done, not one asked about or ahead of today ("can I assign it to Lee on 10 April?"), when its
        // clause refers back to the subscription or tells the move ("then it went to Sam on 9 June", "och sedan Karin i april",
        // 後來又給阿華). A date told there without its verb ("and then Sam on 9 June") is that assignment too. A told clause with
        // "when" in it ("then to Ana on 2 May when Tom left") asks nothing. Not when a pasted list's line was named (ListedItemAsked),
        // nor when the question refers back to the move ("was that allowed at that point?"): the move is then the act asked about.
        if (kind == RuleKind.VsReassignFrom && today is { } now && listedAsked is null
            && candidates.FindAll(c => c.Date <= now && !clauses.Any(k => k.Start <= c.Start && c.Start < k.End && (k.Asked || AsksEligibility(k, vocabularies)))) is { Count: > 1 } done
            && done.FindAll(c => c.Role == DateRole.Assignment || (c.Role is null && ClauseTells(view, smallClauses, c, vocabularies, static v => v.MovedOnWords))) is { Count: > 0 } moves
            && moves.MaxBy(c => c.Date) is { } latest
            && latest != chosen && latest.Date > chosen.Date && done.Exists(c => c.Start < latest.Start)
            && clauses.Any(k => k.Start <= latest.Start && latest.Start < k.End && vocabularies.Any(v => v.SameThingWords.IsMatch(k.View.For(v)) || v.MovedOnWords.IsMatch(k.View.For(v))))
            && !(ThatDayAsked(view, [.. candidates.Where(c => c.Start != chosen.Start)], vocabularies) is { End: > 0 } referred && referred.Start == latest.Start))
        {
            chosen = latest;
        }

        var stated = chosen.Role is { } found && KindRoles.Accepts(kind, found);
        var role = stated ? chosen.Role!.Value : KindRoles.DefaultRole(kind);
        var date = chosen.Date;
        if (!YearWritten().IsMatch(view.Text.AsSpan(chosen.Start, Math.Min(chosen.End, view.Text.Length) - chosen.Start)))
        {
            // A planned event's yearless day is the one nearest today, usually ahead ("if I redeem it on 1 February", asked in January),
            // as a day asked about is: a bare weekday is the coming one ("if I redeem it on Monday").
            date = kind == RuleKind.CovidExtension ? Calendar.TryDate(BenefitRules.CovidRange.Start.Year, date.Month, date.Day) ?? date
                : plannedEvent && chosen.Supposed && today is { } planned ? DayAsked(date, view.Text[chosen.Start..Math.Min(chosen.End, view.Text.Length)], date, planned, chosen.Weekday)
                : kind is RuleKind.RenewalWindow or RuleKind.UserAssignedBenefitExtension && role is DateRole.Anniversary or DateRole.EnrollmentRenewal && today is { } t ? Nearest(date, t)
                : date;
        }

        return new Anchor(date, role, stated, chosen.Start);
    }

    /// <summary>Words of <paramref name="words"/> in the candidate's clause, one of <paramref name="clauses"/> (split at punctuation and "and / but").</summary>
    private static bool ClauseTells(TextView view, List<(int Start, int End)> clauses, Candidate candidate, RuleVocabulary[] vocabularies, Func<RuleVocabulary, Regex> words)
    {
        var clause = clauses.Find(c => c.Start <= candidate.Start && candidate.Start < c.End);
        var end = Math.Min(clause.End, view.Text.Length);
        return clause.End > clause.Start && vocabularies.Any(v => words(v).IsMatch(view.For(v).AsSpan(clause.Start, end - clause.Start)));
    }

    /// <summary>Characters before a date within which a departure word dates the departure ("quit on Monday", "slutade i måndags").</summary>
    private const int DepartureReach = 20;

    /// <summary>Characters before a date within which "when" makes a departure the time of another act ("when the internship ends on").</summary>
    private const int WhenDepartingReach = 32;

    /// <summary>
    /// A departure word shortly before the date in its clause ("quit on Monday"), or in Chinese right after it (他週一離職):
    /// the date tells when someone left. Not one under "when" ("reassign it when she leaves on 20 November", "när hans projekt slutar
    /// 30/9"): that dates the act the clause hangs on.
    /// </summary>
    private static bool Departed(TextView view, Clause[] clauses, Candidate candidate, RuleVocabulary[] vocabularies)
    {
        var clause = ClauseAround(clauses, candidate.Start);
        var from = Math.Max(Math.Max(0, clause.Start), candidate.Start - DepartureReach);
        var to = Math.Min(Math.Min(view.Text.Length, clause.End), candidate.End + DepartureReach);
        var whenFrom = Math.Max(Math.Max(0, clause.Start), candidate.Start - WhenDepartingReach);
        return candidate.Start <= view.Text.Length && vocabularies.Any(v => v.IsCjk
            ? candidate.End < to && v.DepartureWords.IsMatch(view.For(v).AsSpan(candidate.End, to - candidate.End))
            : from < candidate.Start && v.DepartureWords.IsMatch(view.For(v).AsSpan(from, candidate.Start - from))
                && !(v.SubordinateWhen is { } when && when.Match(view.For(v), whenFrom, candidate.Start - whenFrom) is { Success: true } said
                    && v.DepartureWords.Match(view.For(v), said.Index, candidate.Start - said.Index).Success));
    }

    /// <summary>
    /// A payment word in the date's clause (split at "and"), or in the clause before when the date stands alone after a comma
    /// ("we paid late, only on 20 March").
    /// </summary>
    private static bool PaymentTold(TextView view, List<(int Start, int End)> clauses, Candidate candidate, RuleVocabulary[] vocabularies)
    {
        var index = clauses.FindIndex(c => c.Start <= candidate.Start && candidate.Start < c.End);
        if (index < 0)
        {
            return false;
        }

        var start = clauses[index].Start;
        var end = Math.Min(clauses[index].End, view.Text.Length);
        if (index > 0 && candidate.End <= end && view.Text.AsSpan(candidate.End, end - candidate.End).Trim().Length <= 1
            && DateAlone(view.Text.AsSpan(start, end - start), candidate, PaymentLeadSlack))
        {
            start = clauses[index - 1].Start;
        }

        return vocabularies.Any(v => v.PaymentWords.IsMatch(view.For(v).AsSpan(start, end - start)));
    }

    /// <summary>A word or two before a date alone ("pas op 20 maart", "först den 20 mars").</summary>
    private const int PaymentLeadSlack = 8;

    /// <summary>Characters besides the date in a clause that holds only a date ("on 5 March.", "op 5 maart?"): a preposition and a stop.</summary>
    private const int DateAloneSlack = 4;

    /// <summary>
    /// The clause holds only the date, with at most <see cref="DateAloneSlack"/> and <paramref name="lead"/> more characters
    /// ("…, on 5 March."): it restates a day for the clause before it, which tells what the day is.
    /// </summary>
    private static bool DateAlone(ReadOnlySpan<char> clause, Candidate candidate, int lead = 0) =>
        clause.Trim().Length <= candidate.End - candidate.Start + DateAloneSlack + lead;

    /// <summary>Characters between a paid-renewal phrase and a date that tells when it was paid ("renewal paid (went through 10/3)").</summary>
    private const int PaidReach = 30;

    /// <summary>
    /// A date in the clause of a renewal told paid, inside the phrase ("de verlenging is op 2 augustus al betaald") or shortly after
    /// it, unless its own words make it the anniversary ("paid already (the anniversary was 9 May, …)"); a date before the phrase
    /// ("Aankoopdatum: 15-5-2020 | Verlenging 2024: betaald") is not its day. A date alone after a comma ("the renewal is paid, on
    /// 5 March.") belongs to the clause before it.
    /// </summary>
    private static bool PaidRenewalDay(TextView view, Clause[] clauses, Candidate candidate, RuleVocabulary[] vocabularies)
    {
        var clause = ClauseAround(clauses, candidate.Start);
        var index = Array.IndexOf(clauses, clause);
        if (index > 0 && DateAlone(clause.View.Text, candidate))
        {
            clause = clause with { Start = clauses[index - 1].Start };
        }

        return candidate.Role != DateRole.Anniversary && vocabularies.Any(v => v.RenewalPaidWords.Matches(view.For(v)).Any(m =>
            m.Index >= clause.Start && m.Index < clause.End && !v.NegationWords.IsMatch(NegationReach(view.For(v), m))
            && m.Index <= candidate.Start && candidate.Start <= m.Index + m.Length + PaidReach));
    }

    /// <summary>The day's month and day in the year nearest today, around today's year: the day may carry a year told for another
    /// event ("our anniversary is on Christmas Day (we bought it on 25/12 2022)").</summary>
    private static DateOnly Nearest(DateOnly day, DateOnly today) =>
        new[] { -1, 0, 1 }.Select(k => day.AddYears(today.Year + k - day.Year)).MinBy(d => Math.Abs(d.DayNumber - today.DayNumber));

    /// <summary>
    /// The day a yes/no is asked for, when the user names one: another date, marking no event this rule counts from, that stands in
    /// a clause asking yes or no ("bought on May 5 — can we still cancel on June 10?"), else such a date after today, which can only
    /// be a day they plan for ("his successor starts May 4 — can she get it on her first day?"). A bare day refers back to a
    /// mentioned date with that day ("the board meets on 30 April — will we still be inside the window on the 30th?"). Null means today.
    /// </summary>
    private static DateOnly? CheckDay(TextView view, RuleKind kind, Anchor anchor, List<Candidate> candidates, RuleVocabulary[] vocabularies, DateOnly? today)
    {
        // Not the day someone leaves ("Sam quit on Friday"): that is an event, not the day asked about, unless the question is about
        // their last day. A payment after the anniversary is no purchase the rule counts from but the act asked about ("can we pay on
        // September 8 and reactivate?").
        var onLastDay = vocabularies.Any(v => v.LastDayWords.IsMatch(view.For(v)));
        var clauses = Clauses(view);
        var others = candidates.Where(c => c.Start != anchor.Start && (onLastDay || !Departed(view, clauses, c, vocabularies))).ToList();

        // "The board meets on 2 November, but can we get a refund if we cancel today?": the question names today.
        // Not a today word inside a day counted from today ("may it move to Li in twelve days from now?").
        var asksAboutToday = clauses.Any(c => AsksEligibility(c, vocabularies) && vocabularies.Any(v => v.TodayWords.Matches(c.View.For(v))
            .Any(m => !others.Exists(o => o.Start <= c.Start + m.Index && c.Start + m.Index < o.End))));

        // A supposed day ("if I had reassigned it on February 15, would that have been allowed?") is what the yes/no is about; a plan
        // told in a statement is not, when the question names today ("the audit is planned for 3 June; can we still … today?").
        var questions = QuestionSpans(view);
        if (others.Find(c => c.Supposed && !c.Span && !(asksAboutToday && !questions.Exists(s => s.Start <= c.Start && c.Start < s.End))) is { End: > 0 } supposed)
        {
            return DayAsked(supposed.Date, view.Text[supposed.Start..Math.Min(supposed.End, view.Text.Length)], anchor.Date, today, supposed.Weekday);
        }

        // "Would it have gone through on that day?": the day told before the question, a departure too ("she leaves on 20
        // November; can I reassign it then?").
        if (ThatDayAsked(view, [.. candidates.Where(c => c.Start != anchor.Start)], vocabularies) is { End: > 0 } told)
        {
            return DayAsked(told.Date, view.Text[told.Start..Math.Min(told.End, view.Text.Length)], anchor.Date, today, told.Weekday);
        }

        DateOnly? planned = null;
        foreach (var candidate in others)
        {
            var surface = view.Text[candidate.Start..Math.Min(candidate.End, view.Text.Length)];
            var day = BareDay().IsMatch(surface) && others.FirstOrDefault(o => o.Date.Day == candidate.Date.Day && !BareDay().IsMatch(view.Text[o.Start..Math.Min(o.End, view.Text.Length)])) is { End: > 0 } named
                ? DayAsked(named.Date, view.Text[named.Start..Math.Min(named.End, view.Text.Length)], anchor.Date, today, named.Weekday)
                : DayAsked(candidate.Date, surface, anchor.Date, today, candidate.Weekday);
            if (candidate.Role is { } role && KindRoles.Accepts(kind, role) && !IsPaymentAfter(kind, anchor, candidate.Role, day))
            {
                continue;
            }

            if (AskedAbout(view, candidate, vocabularies))
            {
                return day;
            }

            // Whether the COVID extension applied is no question about a day ahead told in a statement ("the board meets on 20
            // December"); one named in the question is asked for ("on 5 January, at the audit, is it still valid?").
            planned ??= day > today && !asksAboutToday
                && (kind != RuleKind.CovidExtension || QuestionSpans(view).Exists(s => s.Start <= candidate.Start && candidate.Start < s.End)) ? day : null;
        }

        return planned;
    }

    /// <summary>
    /// The last date told before a yes/no clause that refers back to it ("on that day", "den dagen", 那天, "then") without a date of
    /// its own; the reference may also close the condition just before it ("if we renew then, is that OK?").
    /// </summary>
    private static Candidate ThatDayAsked(TextView view, List<Candidate> others, RuleVocabulary[] vocabularies)
    {
        var clauses = Clauses(view);
        bool Refers(Clause clause) => vocabularies.Any(v => v.ThatDayWords.IsMatch(clause.View.For(v)))
            && !others.Exists(c => c.Start >= clause.Start && c.Start < clause.End);
        for (var i = 0; i < clauses.Length; i++)
        {
            if (!AsksEligibility(clauses[i], vocabularies))
            {
                continue;
            }

            var condition = i > 0 && !clauses[i - 1].Declarative && !clauses[i - 1].Asked ? clauses[i - 1] : default;
            var referring = Refers(clauses[i]) ? clauses[i]
                : condition.View.Text is not null && Refers(condition) && !others.Exists(c => c.Start >= clauses[i].Start && c.Start < clauses[i].End) ? condition
                : default;
            if (referring.View.Text is not null)
            {
                return others.LastOrDefault(c => c.End <= referring.Start && !c.Span);
            }

            if (!others.Exists(c => c.Start >= clauses[i].Start && c.Start < clauses[i].End)
                && DescribedDayAsked(clauses, clauses[i], others, vocabularies) is { End: > 0 } described)
            {
                return described;
            }
        }

        return default;
    }

    /// <summary>
    /// The date told before, after a word it shares with a day described in the question ("the audit closes on 3/16 … on the
    /// day the audit closes", "de oplevering is op 20 september … op de opleverdag"); none when no word is shared.
    /// </summary>
    private static Candidate DescribedDayAsked(Clause[] clauses, Clause question, List<Candidate> others, RuleVocabulary[] vocabularies)
    {
        var words = vocabularies.SelectMany(v => v.DescribedDayWords.Matches(question.View.For(v)))
            .SelectMany(m => LetterWords().Matches(m.Value)).Select(w => w.Value)
            .Where(w => w.Length >= MinDescriptionWord && !DescriptionFrame.Contains(w)).ToList();
        if (words.Count == 0)
        {
            return default;
        }

        // A date's event is told between the date before it and the date itself ("the audit starts 3/2 and closes on 3/16"); the
        // shared word nearest before a date picks it.
        Candidate best = default;
        var bestDistance = int.MaxValue;
        var told = others.Where(c => c.End <= question.Start).OrderBy(c => c.Start).ToList();
        for (var i = 0; i < told.Count; i++)
        {
            var candidate = told[i];
            var clause = ClauseAround(clauses, candidate.Start);
            var since = Math.Max(clause.Start, i > 0 ? Math.Min(told[i - 1].End, candidate.Start) : 0);
            foreach (var v in vocabularies)
            {
                foreach (Match word in LetterWords().Matches(clause.View.For(v)))
                {
                    var at = clause.Start + word.Index;
                    var distance = candidate.Start - at;
                    if (at >= since && distance >= 0 && distance < bestDistance && words.Exists(w => SameStem(w, word.Value)))
                    {
                        (best, bestDistance) = (candidate, distance);
                    }
                }
            }
        }

        return best;
    }

    /// <summary>One word, or a compound holding it, or the same stem ("deadline" / "projectdeadline", "vervaldag" / "vervalt").</summary>
    private static bool SameStem(string described, string told) =>
        described == told
        || (Math.Min(described.Length, told.Length) >= MinSharedStem
            && (told.Contains(described, StringComparison.Ordinal) || described.Contains(told, StringComparison.Ordinal)
                || described.AsSpan().CommonPrefixLength(told) >= MinSharedStem));

    [GeneratedRegex(@"\p{L}[\p{L}'-]*", RegexOptions.NonBacktracking)]
    private static partial Regex LetterWords();

    /// <summary>Shorter words in a description are function words ("the", "of", "dag", "i'm").</summary>
    private const int MinDescriptionWord = 4;

    /// <summary>A stem shared by a described day and a told event, long enough not to be chance ("verval").</summary>
    private const int MinSharedStem = 5;

    /// <summary>The frame of a described day (prepositions, determiners, "day", "last"), which names no event, in the three Latin-script languages.</summary>
    private static readonly HashSet<string> DescriptionFrame = new(StringComparer.Ordinal)
    {
        "until", "till", "through", "that", "this", "their", "last", "first", "final", "date", "when", "where", "will", "would", "still",
        "time", "during", "before", "they", "were", "have", "with",
        "onze", "mijn", "zijn", "haar", "deze", "laatste", "eerste", "datum", "wanneer", "waarop", "dat", "nog",
        "fore", "senast", "hans", "hennes", "deras", "sista", "forsta", "dagen", "datumet", "nar", "som",
    };

    /// <summary>
    /// The clause around the date asks yes or no, or the date stands alone right after a clause that does ("can I renew on my first
    /// day back, Monday 15 July?").
    /// </summary>
    private static bool AskedAbout(TextView view, Candidate candidate, RuleVocabulary[] vocabularies)
    {
        var clauses = Clauses(view);
        var index = Array.IndexOf(clauses, ClauseAround(clauses, candidate.Start));
        return AsksEligibility(clauses[index], vocabularies)
            || (index > 0 && DateAlone(clauses[index].View.Text, candidate) && AsksEligibility(clauses[index - 1], vocabularies))
            || (index + 1 < clauses.Length && clauses[index].Declarative is false && AsksEligibility(clauses[index + 1], vocabularies)
                && vocabularies.Any(v => v.WhenClauseWords.IsMatch(clauses[index].View.For(v))));
    }

    /// <summary>
    /// A payment (read as a purchase) after the anniversary, or more than a year after the purchase, pays a renewal: it is the act
    /// asked about, not the start the rule counts from ("bought in 2021 … can we still pay on 20 March and reactivate?").
    /// </summary>
    private static bool IsPaymentAfter(RuleKind kind, Anchor anchor, DateRole? role, DateOnly day) =>
        KindRoles.CountsFromAnniversary(kind) && role == DateRole.Purchase
        && (anchor.Role is DateRole.Anniversary or DateRole.EnrollmentRenewal ? day > anchor.Date : anchor.Role == DateRole.Purchase && day > anchor.Date.AddYears(1));

    /// <summary>A weekday alone, without "last/next": "Monday", "på måndag", "op maandag", "週一", "星期一" (normalized text).</summary>
    [GeneratedRegex(@"^\s*(on |op |pa )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday|(man|tis|ons|tors|fre|lor|son)dag(en)?|(maan|dins|woens|donder|vrij|zater|zon)dag|(週|周|星期|禮拜|礼拜)[一二三四五六日天])\s*$", RegexOptions.NonBacktracking)]
    private static partial Regex BareWeekday();

    /// <summary>A day of the month alone: "the 30th", "den 30:e", "de 30e", "30號".</summary>
    [GeneratedRegex(@"^\s*(on |op |pa |den |de |the )*(the |den |de )?\d{1,2}(st|nd|rd|th|:e|:a|e|ste|de)?\s*(號|号|日)?\s*$", RegexOptions.NonBacktracking)]
    private static partial Regex BareDay();

    /// <summary>
    /// A day asked about and written without a year ("can I renew on October 12?", "när hon börjar 2 okt") is the occurrence nearest
    /// today: the recognizer reads it as its latest occurrence up to today, but people ask about the days around now. Without a
    /// today, it at least comes after the event the rule counts from.
    /// </summary>
    private static DateOnly DayAsked(DateOnly day, string surface, DateOnly eventDay, DateOnly? today, WeekdayOfWeek? weekday)
    {
        if (YearWritten().IsMatch(surface))
        {
            return day;
        }

        // A bare weekday or day of the month asked about ("Priya starts on Monday — can she have it then?", "can we renew on the
        // 28th?") is the coming one, not the one just past.
        if (today is { } now && day < now && BareWeekday().IsMatch(surface))
        {
            return day.AddDays(7);
        }

        if (today is { } current && day < current && BareDay().IsMatch(surface))
        {
            var next = day.AddMonths(1);
            return next.Day == day.Day ? next : day;
        }

        // A weekday of a date's week ("the Friday of the week after 30 October") moves with that date: its weekday in that year.
        if (today is { } near && weekday is { } counted && counted.Day == day)
        {
            return new[] { counted.MovedYears(-1).Day, day, counted.MovedYears(1).Day }.MinBy(d => Math.Abs(d.DayNumber - near.DayNumber));
        }

        if (today is { } t)
        {
            return SameCount(day, Nearest(day, t), surface);
        }

        return day < eventDay && day.AddYears(1) >= eventDay ? day.AddYears(1) : day;
    }

    /// <summary>
    /// A weekday counted in its month ("the first Monday of August", "七月最後一個星期五") moved to another year is that year's day
    /// of the same count, not the same date (a different weekday).
    /// </summary>
    private static DateOnly SameCount(DateOnly day, DateOnly moved, string surface)
    {
        if (moved.Year == day.Year || surface.AsSpan().ContainsAnyInRange('0', '9') || !WeekdayNamed().IsMatch(surface))
        {
            return moved;
        }

        var last = day.AddDays(7).Month != day.Month && LastNamed().IsMatch(surface);
        return Calendar.CountedDay(moved.Year, day.Month, last ? -1 : ((day.Day - 1) / 7) + 1, Calendar.Counting(Calendar.IsoDay(day))) ?? moved;
    }

    /// <summary>A weekday's name in normalized text, in any of the four languages.</summary>
    [GeneratedRegex(@"\b((mon|tues|wednes|thurs|fri|satur|sun)day|(man|tis|ons|tors|fre|lor|son)dag(en)?|(maan|dins|woens|donder|vrij|zater|zon)dag)\b|(星期|禮拜|礼拜|週|周)[一二三四五六日天]", RegexOptions.NonBacktracking)]
    private static partial Regex WeekdayNamed();

    /// <summary>"Last" counting a weekday from the end of its month: "the last Friday of July", "sista fredagen", 最後一個星期五.</summary>
    [GeneratedRegex(@"\b(last|final|sista|laatste)\b|最後|最后", RegexOptions.NonBacktracking)]
    private static partial Regex LastNamed();

    /// <summary>A day told from today: its month or year counted from now ("last month", "förra månaden", "vorige maand", 上個月, 去年).</summary>
    [GeneratedRegex(@"\b(last|this|next|previous|förra|forra|nästa|nasta|denna|detta|vorige|volgende|deze|dit|afgelopen|komende)\b|[上下這这本]個?月|[去今明前]年", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex RelativeToToday();

    /// <summary>
    /// A year in a date's surface: three or four digits (2025, 民國 114), a two-digit year (1/9/20, 2/9-23, '20, 1 sep -25), a year word
    /// (not in "New Year's Day", a day of every year). Backtracking for the lookbehind, which has no nested repetition to blow up.
    /// </summary>
    [GeneratedRegex(@"\d{3}|\d[-/.]\d{1,2}[-/.]\d{2}|['’]\d{2}\b|\s-\d{2}\b|(?<!\bnew )\b(year|ar|aret|fjol|jaar)\b|年", RegexOptions.None, 1000)]
    private static partial Regex YearWritten();

    /// <summary>
    /// A date whose year is known: written, or a day counted from today ("last Tuesday", "onsdagen förra veckan", "three weeks
    /// ago"). A day and month alone ("25 November", "mid-March", 11月25日, "New Year's Day") the recognizer places in the latest year,
    /// which may not be the year meant.
    /// </summary>
    private static bool YearKnown(ReadOnlySpan<char> surface) =>
        YearWritten().IsMatch(surface) || CountedOffset().IsMatch(surface)
        || (!surface.ContainsAnyInRange('0', '9') && !surface.Contains('月') && !LanguageProfiles.NamesMonth(surface) && !LanguageProfiles.NamesHoliday(surface));

    /// <summary>Characters between a role phrase and a date that is its own: "renewal date is 3 Oct", "renewal date: 3 Oct".</summary>
    private const int OwnDateGap = 6;

    /// <summary>
    /// The role phrase nearest before the date in its clause, unless another date stands between them (that phrase marks the other
    /// date: "續約日是2/1 我們還沒付 3月5號還可以啟用嗎", "2024年2月1日指派的 5月1日可以給新人嗎"); else the nearest after it.
    /// </summary>

    private static DateRole? RoleOf(int start, int end, List<RoleSpan> roleSpans, List<(int Start, int End)> clauses, List<(int Start, int End)> dates)
    {
        var clause = clauses.FirstOrDefault(c => c.Start <= start && start < c.End, (Start: 0, End: int.MaxValue));
        var inClause = roleSpans.Where(r => r.Start >= clause.Start && r.Start < clause.End).ToList();
        var before = inClause.Where(r => r.Start < start && !dates.Exists(d => d.Start >= r.End && d.Start < start) && !dates.Exists(d => d.End <= r.Start && r.Start - d.End <= 1))
            .OrderByDescending(r => r.End).ThenByDescending(r => r.Start);
        // A mention may end past its clause (a restatement in brackets): its role can follow the closing bracket.
        var afterClause = clauses.FirstOrDefault(c => c.Start <= end && end < c.End, clause);
        // Not a role phrase (or one of a run, "enrollment renewal date") with its own date right after it ("an export of 2/5
        // gives the renewal date as 3 Oct").
        // A role phrase right after the date is its own all the same (2025/9/15加入一週後兌換: joining on the 15th, redeeming a week on);
        // one right after a later date is that date's (4月10日收到詢問：他們是4月25日購買的), unless that date restates this one right
        // after it (2019年12月25日聖誕節那天買的).
        var after = roleSpans.Where(r => r.Start >= end && r.Start >= afterClause.Start && r.Start < afterClause.End
            && !dates.Exists(d => d.Start - end > 1 && d.End <= r.Start && r.Start - d.End <= 1)
            && (r.Start - end <= 1 || !roleSpans.Exists(o => o.Start >= r.Start && o.Start - r.End <= OwnDateGap
                && dates.Exists(d => d.Start >= o.End && d.Start - o.End <= OwnDateGap && clauses.Exists(c => c.Start <= r.Start && d.Start < c.End)))))
            .OrderBy(r => r.Start);
        return before.Concat(after).Select(r => (DateRole?)r.Role).FirstOrDefault();
    }

    /// <summary>Longest span of days that can be a day asked about ("the end of next week", "next week"), as its last day.</summary>
    private const int MaxSpanDays = 10;

    private static (DateOnly Date, int Start, int End, bool Span)? ToDay(TextView view, DateMention mention, RuleVocabulary[] vocabularies) => mention switch
    {
        { Kind: DateMentionKind.Date, Date: { } d } => (d, mention.Start, mention.Start + mention.Length, false),
        { Kind: DateMentionKind.DateRange, RangeStart: { } s, RangeEnd: { } e } when e.DayNumber - s.DayNumber == 1 =>
            (s, mention.Start, mention.Start + mention.Length, false),
        { Kind: DateMentionKind.DateRange, RangeStart: { } s, RangeEnd: { } e } when IsWholeMonth(s, e) && MonthEdge(view, mention.Start, mention.Start + mention.Length, vocabularies) is { } edge =>
            (edge == MonthEdgeKind.End ? e.AddDays(-1) : s, mention.Start, mention.Start + mention.Length, false),
        // "Lapsed at the end of last month", 上個月底: the late part of a month as an event is its last day.
        { Kind: DateMentionKind.DateRange, RangeStart: { Day: >= 15 } s, RangeEnd: { Day: 1 } e } when e.AddDays(-1).Month == s.Month && e.DayNumber - s.DayNumber > MaxSpanDays
            && mention.Start + mention.Length <= view.Text.Length && MonthLatePart().IsMatch(view.Text.AsSpan(mention.Start, mention.Length)) =>
            (e.AddDays(-1), mention.Start, mention.Start + mention.Length, false),
        { Kind: DateMentionKind.DateRange, RangeStart: { } s, RangeEnd: { } e } when e.DayNumber - s.DayNumber is > 1 and <= MaxSpanDays =>
            (e.AddDays(-1), mention.Start, mention.Start + mention.Length, true),
        _ => null,
    };

    /// <summary>"End / late" inside a mention of part of a month: "end of last month", "slutet av mars", "eind maart", 上個月底 (normalized text).</summary>
    [GeneratedRegex(@"\b(end|late|slutet|sista|sent|eind|einde|laat)\b|底|末", RegexOptions.NonBacktracking)]
    private static partial Regex MonthLatePart();

    private static bool IsWholeMonth(DateOnly start, DateOnly endExclusive) => start.Day == 1 && start.AddMonths(1) == endExclusive;

    /// <summary>A month, or a part of one that holds the day ("early January, the 9th to be exact").</summary>
    private static bool HoldsDayOfMonth(DateOnly start, DateOnly endExclusive, int day) =>
        IsWholeMonth(start, endExclusive)
        || (endExclusive.AddDays(-1) is var last && last.Month == start.Month && last.Year == start.Year && start.Day <= day && day <= last.Day);

    private static bool IsWholeYear(DateOnly start, DateOnly endExclusive) => start is { Month: 1, Day: 1 } && start.AddYears(1) == endExclusive;

    private enum MonthEdgeKind
    {
        Start,
        End,
    }

    /// <summary>"End of June 2020", "sista juni", "eind juni", "2020年6月底": the words just before (or, in Chinese, after) a month name it.</summary>
    private static MonthEdgeKind? MonthEdge(TextView view, int start, int end, RuleVocabulary[] vocabularies)
    {
        if (start < 0 || end > view.Text.Length || end < start)
        {
            return null;
        }

        var before = view.Slice(Math.Max(0, start - 16), start);
        var after = view.Slice(end, Math.Min(view.Text.Length, end + 4));
        foreach (var v in vocabularies)
        {
            if (v.MonthEndWords.IsMatch(before.For(v)) || (v.IsCjk && v.MonthEndWords.IsMatch(after.Text)))
            {
                return MonthEdgeKind.End;
            }

            if (v.MonthStartWords.IsMatch(before.For(v)) || (v.IsCjk && v.MonthStartWords.IsMatch(after.Text)))
            {
                return MonthEdgeKind.Start;
            }
        }

        return null;
    }

    /// <summary>Characters between a message word and its date ("the e-mail of 3 May", "mejlet från igår", "mail van 29 januari").</summary>
    private const int MessageDateReach = 20;

    /// <summary>
    /// When a message came ("got the reminder e-mail on Feb 3", "fick ett mejl igår", "in de mail van 29 januari", "3月1日收到的郵件"):
    /// a message word right before the date (in Chinese, right after it), with at most a preposition between.
    /// </summary>
    private static bool IsMessageDate(TextView view, int start, int end, RuleVocabulary[] vocabularies)
    {
        if (start < 0 || end > view.Text.Length || end <= start)
        {
            return false;
        }

        var before = view.Slice(Math.Max(0, start - MessageDateReach), start);
        var after = view.Slice(end, Math.Min(view.Text.Length, end + 6));
        return SentBeforeDate().IsMatch(before.Text) || vocabularies.Any(v => v.IsCjk
            ? v.MessageWords.IsMatch(after.Text) && MessageAfterDate().IsMatch(after.Text)
            : v.MessageLead.IsMatch(before.For(v)));
    }

    /// <summary>
    /// "(sent 2023-05-02)", "skickat", "verzonden", 寄出: the day something was sent, right before the date; also the day an invoice
    /// arrived ("the invoice came in on 8 March", "fakturan kom 2022-04-04"), which is no purchase (normalized text).
    /// </summary>
    [GeneratedRegex(@"\b(sent|skickat|skickad|skickades|verzonden|verstuurd)\s*(on|den|op)?\s*[:：]?\s*$|\b(invoice|bill|fakturan?|factuur)\s+(arrived|came|came in|was sent|kom|anlande|kwam|kwam binnen)\s*(on|den|op|in)?\s*$|(寄出|發送|寄件)(日期|時間)?\s*[:：]?\s*$", RegexOptions.NonBacktracking)]
    private static partial Regex SentBeforeDate();

    /// <summary>Chinese: the date comes first ("3月1日收到的郵件", "昨天的通知", "5/2 的舊工單").</summary>
    [GeneratedRegex(@"^\s*(收到|寄來|寄出|發出|傳來)?(的)?\s*舊?\s*(郵件|信件|電子郵件|通知|提醒|簡訊|來信|email|mail|工單|備註)", RegexOptions.NonBacktracking)]
    private static partial Regex MessageAfterDate();

    private static bool IsTodayWord(TextView view, int start, int end, RuleVocabulary[] vocabularies)
    {
        if (start < 0 || end > view.Text.Length || end <= start)
        {
            return false;
        }

        // "Today", "right now", "i dag" alone; not a day counted from it ("in twelve days from now", "six weeks from today", 明年的今天).
        var surface = view.Slice(start, end);
        return vocabularies.Any(v => v.TodayWords.Match(surface.For(v)) is { Success: true } word
            && surface.For(v).Trim().Length <= word.Length + (v.IsCjk ? CjkTodayWordSlack : TodayWordSlack))
            || TodayWeekday(view, start, end, vocabularies);
    }

    /// <summary>Today's weekday said beside "today" ("today, Monday", "idag, måndag", "vandaag (maandag)", 今天（週一）): today again.</summary>
    private static bool TodayWeekday(TextView view, int start, int end, RuleVocabulary[] vocabularies)
    {
        var before = view.Slice(Math.Max(0, start - TodayWeekdayReach), start);
        return TodayThenWeekday().IsMatch(before.Text) && vocabularies.Any(v => BareWeekday().IsMatch(view.Slice(start, end).For(v)) && v.TodayWords.IsMatch(before.For(v)));
    }

    /// <summary>Characters before a weekday within which "today" and its comma or bracket stand.</summary>
    private const int TodayWeekdayReach = 14;

    [GeneratedRegex(@"[,(（]\s*$", RegexOptions.NonBacktracking)]
    private static partial Regex TodayThenWeekday();

    /// <summary>Characters a today word's mention may hold besides the word ("on today", "right now").</summary>
    private const int TodayWordSlack = 6;

    /// <summary>As <see cref="TodayWordSlack"/> where a character is a word: 就今天, not 明年的今天.</summary>
    private const int CjkTodayWordSlack = 1;
}
