using BenefitsBot.Domain.Dates;

namespace BenefitsBot.Domain.Rules;

public sealed partial class RuleQuestionInterpreter
{
    /// <summary>
    /// The membership year asked about: memberships renew every year, so a purchase (or an anniversary) more than a year before the
    /// day in question counts from the latest anniversary on or before that day (today, or the day named), not the first one after
    /// the purchase. So does a date told without its role, a pasted receipt or tracker row, for the lapse rules. For the renewal window also: a named year's ("the window in 2027"), this year's for someone who asks about this
    /// year, the one nearest the day asked (just past or coming up) for someone who renews every year, and the next one once this
    /// cycle's renewal is paid.
    /// </summary>
    private static Anchor? Cycle(RuleKind kind, Anchor? anchor, TextView view, IReadOnlyList<DateMention> dates, RuleVocabulary[] vocabularies, RuleFacts facts, DateOnly? day, DateOnly? today)
    {
        if (kind == RuleKind.CovidExtension)
        {
            return CovidYearAnniversary(anchor);
        }

        if (anchor is not { } found || day is not { } reference || kind is not (RuleKind.RenewalWindow or RuleKind.GracePeriodEnd or RuleKind.UserAssignedBenefitExtension)
            || (kind != RuleKind.RenewalWindow && found.Role != DateRole.Purchase && found.Stated))
        {
            return anchor;
        }

        var first = found.Role == DateRole.Purchase ? 1 : 0;
        var years = LatestYearsOnOrBefore(found.Date, reference, first);
        if (kind == RuleKind.RenewalWindow)
        {
            var yearRanges = dates.Where(d => d is { Kind: DateMentionKind.DateRange, RangeStart: { } s, RangeEnd: { } e } && IsWholeYear(s, e) && s.Year > found.Date.Year).ToList();
            // The question names the year it asks about; a year told beside it ("we renewed last year. When is this year's window?")
            // is history, so it counts only when the question names none, not even by "this year".
            var question = QuestionSpans(view);
            bool InQuestion(DateMention d) => question.Any(q => d.Start >= q.Start && d.Start < q.End);
            var asked = yearRanges.Where(InQuestion).ToList();
            var thisYearAsked = asked.Count == 0 && question.Any(q => vocabularies.Any(v => v.YearlyRenewalWords.IsMatch(view.Slice(q.Start, q.End).For(v))));
            // A question that names the renewal's month with its year ("the renewal coming up in May 2021") names the cycle, when no
            // year is named otherwise; a month told in a statement is history ("renewed in May 2020") unless it is yet to come ("our
            // October 2024 renewal is next", told in September); a year told beside such a month is history too.
            var thisMonth = today is { } told ? new DateOnly(told.Year, told.Month, 1) : DateOnly.MaxValue;
            var monthsNamed = asked.Count == 0
                ? dates.Where(d => d is { Kind: DateMentionKind.DateRange, RangeStart: { } s, RangeEnd: { } e } && IsWholeMonth(s, e) && s.Month == found.Date.Month
                        && s.Year > found.Date.Year && ((HasQuestionMark(view.Text) && InQuestion(d)) || s >= thisMonth))
                    .Select(d => d.RangeStart!.Value.Year).Distinct().ToList()
                : [];
            var named = (asked.Count > 0 ? asked : thisYearAsked || monthsNamed.Count == 1 ? [] : yearRanges).Select(d => (int?)d.RangeStart!.Value.Year).Max();
            // "Pay for next year" names the membership year, not the window's: a named year counts only with yearly renewals, or
            // beside the window itself ("the window in 2027", "het verlengingsvenster volgend jaar", 明年續約窗口).
            var yearly = vocabularies.Any(v => v.YearlyRenewalWords.IsMatch(view.For(v)))
                || asked.Exists(d => vocabularies.Any(v => v.WindowWords.Matches(view.For(v)).Any(m =>
                    Math.Max(m.Index - (d.Start + d.Length), d.Start - (m.Index + m.Length)) <= WindowYearReach)));
            // Once this year's renewal is paid, "this year" names the paid cycle; the window asked about is the next one.
            years = yearly && named is { } year && (!facts.RenewalPaid || year > reference.Year) ? year - found.Date.Year
                : facts.RenewalPaid ? (found.Date.AddYears(years) <= reference ? years + 1 : years)
                : yearly && today is { } now ? (thisYearAsked ? now.Year : Nearest(found.Date.AddYears(Math.Max(0, now.Year - found.Date.Year)), reference).Year) - found.Date.Year
                : years;

            if (monthsNamed.Count == 1 && !facts.RenewalPaid)
            {
                years = monthsNamed[0] - found.Date.Year;
            }

            // Asking to renew already, when the latest window is over, asks about the coming one: not yet open. So does renewing on a
            // day ahead ("they want to renew next Monday") that lies nearer the coming window's opening than the last one's close.
            var last = BenefitRules.RenewalWindowFromAnniversary(found.Date.AddYears(years));
            if (!facts.RenewalPaid && last.End < reference
                && (vocabularies.Any(v => v.EarlyRenewalWords.IsMatch(view.For(v)))
                    || (today is { } askedOn && reference > askedOn && last.End < askedOn
                        && BenefitRules.RenewalWindowFromAnniversary(found.Date.AddYears(years + 1)).Start.DayNumber - reference.DayNumber < reference.DayNumber - last.End.DayNumber)))
            {
                years++;
            }
        }
        else if (vocabularies.Any(v => v.NotRenewingWords.IsMatch(view.For(v))))
        {
            // A decision not to renew is about the renewal now due: the latest anniversary whose 30 days are not over, else the
            // coming one ("we signed up in late 2019 and will not renew this time", asked a few weeks before the anniversary). Due as of
            // today: a later day asked about does not move the decision to another year, nor past this year when the lapse is told
            // as this year's ("dit jaar hebben we het laten verlopen").
            var now = today ?? reference;
            var thisYearTold = dates.Any(d => d is { Kind: DateMentionKind.DateRange, RangeStart: { } s, RangeEnd: { } e } && IsWholeYear(s, e) && s.Year == now.Year);
            while (BenefitRules.GracePeriodEnd(found.Date.AddYears(years)) < now && !(thisYearTold && found.Date.AddYears(years).Year >= now.Year))
            {
                years++;
            }
        }

        years = Math.Max(years, first);
        return years == first ? anchor : found with { Date = found.Date.AddYears(years), Role = DateRole.Anniversary, Stated = true };
    }

    /// <summary>
    /// The extension covered the anniversaries that fell in the second half of 2020, so for a membership older than that the
    /// anniversary asked about is its 2020 one ("we earned the competency on 14 October 2017 and pay each year": 14 October 2020).
    /// </summary>
    private static Anchor? CovidYearAnniversary(Anchor? anchor)
    {
        if (anchor is not { } found || found.Role is not (DateRole.Purchase or DateRole.Anniversary or DateRole.EnrollmentRenewal))
        {
            return anchor;
        }

        var year = BenefitRules.CovidRange.Start.Year;
        var first = found.Role == DateRole.Purchase ? 1 : 0;
        return found.Date.Year + first >= year ? anchor
            : found with { Date = found.Date.AddYears(year - found.Date.Year), Role = DateRole.Anniversary, Stated = true };
    }

    /// <summary>Characters between a year and the window it names ("the renewal window next year", "verlengingsvenster volgend jaar").</summary>
    private const int WindowYearReach = 12;

    /// <summary>Whole years from <paramref name="date"/> to its latest anniversary on or before <paramref name="reference"/>, at least <paramref name="minimum"/>.</summary>
    private static int LatestYearsOnOrBefore(DateOnly date, DateOnly reference, int minimum)
    {
        var years = Math.Max(minimum, reference.Year - date.Year);
        while (years > minimum && date.AddYears(years) > reference)
        {
            years--;
        }

        return years;
    }
}
