using System.Text.RegularExpressions;
using BenefitsBot.Domain.Dates;

namespace BenefitsBot.Domain.Rules;

/// <summary>
/// Decides whether a chat message is a date-rule question, which rule, which mentioned date the rule counts from, and the flags that
/// change the answer. Phrases are per-language data (<c>RuleVocabulary.*.cs</c>); dates come already recognized.
/// </summary>
public sealed partial class RuleQuestionInterpreter
{
    /// <summary>Below this score a text is not about a date rule.</summary>
    private const int MinimumScore = 2;

    /// <summary>A person who left (or a successor) is what a Visual Studio reassignment is for: as strong as the verb "reassign".</summary>
    private const int PersonLeftWeight = 4;

    /// <summary>A renewal said to be paid: as strong as the verb "renew".</summary>
    private const int RenewalPaidWeight = 2;

    /// <summary>"More time" is what the COVID extension gave; as strong as the word "extended".</summary>
    private const int MoreTimeWeight = 2;

    /// <summary>Renewing asked about in a question clause: more than a stated lapse ("hasn't been renewed", 4) with its anniversary (1).</summary>
    private const int RenewAskedWeight = 5;

    /// <summary>A rule named in the yes/no clause itself: what the question is about, beside what the message tells.</summary>
    private const int AskedAboutWeight = 2;

    /// <summary>Cue weights from which a word names one rule (the article's own terms and their synonyms); below are general words.</summary>
    private const int OwnWordWeight = 3;

    /// <summary>An anniversary from 1 July to 31 December 2020 is the COVID extension's own condition.</summary>
    private const int CovidRangeDateWeight = 2;

    /// <summary>
    /// When two rules score the same, the more specific one wins (earlier in this list): a lapse with Visual Studio activations is the
    /// user-assigned benefits' case before it is the grace period's.
    /// </summary>
    private static readonly RuleKind[] TiePriority =
    [
        RuleKind.CovidExtension, RuleKind.ReplacementTokenDeadline, RuleKind.RefundDeadline, RuleKind.UserAssignedBenefitExtension,
        RuleKind.GracePeriodEnd, RuleKind.VsReassignFrom, RuleKind.KeyUsableUntil, RuleKind.RenewalWindow,
    ];

    /// <summary>The question, or null when the text is not a date-rule question (or a phrase pattern ran out of time on it).</summary>
    /// <param name="text">The user's message; only its first <see cref="QuestionText.MaxAnalyzedLength"/> characters are read.</param>
    /// <param name="language">en, sv, nl or zh-TW (others are read with the English phrases only).</param>
    /// <param name="dates">Date mentions recognized in <paramref name="text"/>.</param>
    /// <param name="today">The user's today, which the dates were resolved against: a later day named in a yes/no question is the day
    /// asked about ("his successor starts on May 4 — can she get it then?"). Unknown when null.</param>
    public RuleQuestion? Interpret(string text, string language, IReadOnlyList<DateMention> dates, DateOnly? today = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(dates);
        try
        {
            return InterpretCut(QuestionText.Cut(text), language, dates, today);
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    private RuleQuestion? InterpretCut(string text, string language, IReadOnlyList<DateMention> dates, DateOnly? today)
    {
        var view = TextView.Of(TextNormalizer.Normalize(text));
        var vocabularies = VocabulariesFor(language);
        var clauses = Clauses(view);
        var facts = StatedFacts(view, vocabularies);
        var candidates = Candidates(view, dates, vocabularies);
        if (DetectKind(view, clauses, vocabularies, facts, candidates) is not { } detected)
        {
            return null;
        }

        var stated = ChooseAnchor(detected.Kind, candidates, text, view, vocabularies, today) ?? PandemicStart(detected.Kind, view, vocabularies) ?? CovidMonthOutsideRange(detected.Kind, view, dates);
        if (stated is null && !LooksLikeDateQuestionWithoutDate(view, detected.Kind, vocabularies))
        {
            return null;
        }

        var asks = AsksEligibility(clauses, vocabularies);
        var checkDay = asks && stated is { } a ? CheckDay(view, detected.Kind, a, candidates, vocabularies, today) : null;

        // Whether the COVID extension "still" covers us asks about today, not whether it applied.
        if (checkDay is null && detected.Kind == RuleKind.CovidExtension
            && clauses.Any(c => AsksEligibility(c, vocabularies) && vocabularies.Any(v => v.StillWords.IsMatch(c.View.For(v)))))
        {
            checkDay = today;
        }

        // Whether the renewal was paid in time asks about the day it was paid: that payment's cycle, not the next one.
        var cycleFacts = checkDay is { } asked && facts.RenewalPaid
            && candidates.Exists(c => c.Date == asked && !c.Span && PaidRenewalDay(view, clauses, c, vocabularies)) ? facts with { RenewalPaid = false } : facts;
        var anchor = Cycle(detected.Kind, stated, view, dates, vocabularies, cycleFacts, checkDay ?? today, today);
        return new RuleQuestion(
            detected.Kind,
            language,
            anchor?.Date,
            anchor?.Role ?? KindRoles.DefaultRole(detected.Kind),
            asks,
            facts,
            checkDay,
            Undecided(detected, anchor));
    }

    /// <summary>An expiry told as "when the pandemic started" is a day in March 2020, before the extension's range.</summary>
    private static Anchor? PandemicStart(RuleKind kind, TextView view, RuleVocabulary[] vocabularies) =>
        kind == RuleKind.CovidExtension && vocabularies.Any(v => v.PandemicStartWords.IsMatch(view.For(v)))
            ? new Anchor(PandemicDeclared, DateRole.Anniversary, Stated: true, Start: -1)
            : null;

    /// <summary>
    /// "Our anniversary is mid-March": a month, or a part of one, tells that the COVID extension did not apply when all of it lies
    /// outside the extension's range (a month without its year is placed in 2020, the year the extension asks about). Inside the
    /// range the answer needs the day, which the user has not given.
    /// </summary>
    private static Anchor? CovidMonthOutsideRange(RuleKind kind, TextView view, IReadOnlyList<DateMention> dates)
    {
        if (kind != RuleKind.CovidExtension)
        {
            return null;
        }

        foreach (var mention in dates)
        {
            if (mention is not { Kind: DateMentionKind.DateRange, RangeStart: { } first, RangeEnd: { } end } || end.AddDays(-1) is var last
                && (last.Month != first.Month || last.Year != first.Year || mention.Start + mention.Length > view.Text.Length))
            {
                continue;
            }

            var year = YearKnown(view.Text.AsSpan(mention.Start, mention.Length)) ? first.Year : BenefitRules.CovidRange.Start.Year;
            var (from, to) = (new DateOnly(year, first.Month, first.Day), new DateOnly(year, last.Month, last.Day));
            if (to < BenefitRules.CovidRange.Start || from > BenefitRules.CovidRange.End)
            {
                return new Anchor(from, DateRole.Anniversary, Stated: false, Start: mention.Start);
            }
        }

        return null;
    }

    /// <summary>The day the WHO called COVID-19 a pandemic.</summary>
    internal static readonly DateOnly PandemicDeclared = new(2020, 3, 11);

    /// <summary>The tied second rule, unless the date's stated role already tells them apart ("redeemed on ..." is no purchase date).</summary>
    private static RuleKind? Undecided(DetectedKind detected, Anchor? anchor) =>
        detected.Alternative is { } alternative && (anchor is not { Stated: true } a || KindRoles.Accepts(alternative, a.Role)) ? alternative : null;

    /// <summary>Each language's phrases plus the English ones (product words are typed in English everywhere).</summary>
    private readonly Dictionary<string, RuleVocabulary[]> vocabulariesByLanguage = new(StringComparer.OrdinalIgnoreCase)
    {
        ["sv"] = [RuleVocabularySv.Vocabulary, RuleVocabularyEn.Vocabulary],
        ["nl"] = [RuleVocabularyNl.Vocabulary, RuleVocabularyEn.Vocabulary],
        ["zh-TW"] = [RuleVocabularyZhTw.Vocabulary, RuleVocabularyEn.Vocabulary],
        ["en"] = [RuleVocabularyEn.Vocabulary],
    };

    private RuleVocabulary[] VocabulariesFor(string language) =>
        vocabulariesByLanguage.GetValueOrDefault(language) ?? vocabulariesByLanguage["en"];

    private readonly record struct DetectedKind(RuleKind Kind, RuleKind? Alternative);

    /// <summary>
    /// Scores each rule from the words, the stated facts and the dates: a person who left points to a Visual Studio reassignment;
    /// being given more time, or an anniversary in the COVID range, to the COVID extension. A second rule with the same score is
    /// kept as the alternative to offer.
    /// </summary>
    private static DetectedKind? DetectKind(TextView view, Clause[] clauses, RuleVocabulary[] vocabularies, RuleFacts facts, List<Candidate> candidates)
    {
        var scores = new Dictionary<RuleKind, int>();
        void Add(RuleKind kind, int weight) => scores[kind] = scores.GetValueOrDefault(kind) + weight;
        var beliefs = clauses.Where(c => !c.Asked && vocabularies.Any(v => v.BeliefWords.IsMatch(c.View.For(v)))).ToList();
        var namedBeyondPremise = new HashSet<RuleKind>();
        var namedOwn = new HashSet<RuleKind>();
        var lapseTold = false;
        foreach (var (cue, text) in vocabularies.SelectMany(v => v.KindCues.Select(c => (c, view.For(v)))))
        {
            if (cue.Pattern.IsMatch(text))
            {
                // A rule named only in a belief ("our IT lead believes the 30 days start after the window") is what
                // the person is unsure of, not what they ask: half the weight, and no own word.
                if (beliefs.Count > 0 && cue.Pattern.Matches(text).All(m => beliefs.Exists(b => b.Start <= m.Index && m.Index < b.End)))
                {
                    Add(cue.Kind, cue.Weight / 2);
                    continue;
                }

                Add(cue.Kind, cue.Weight);
                if (!cue.Premise)
                {
                    namedBeyondPremise.Add(cue.Kind);
                    if (cue.Weight >= OwnWordWeight)
                    {
                        namedOwn.Add(cue.Kind);
                    }
                }
                else if (cue.Kind == RuleKind.GracePeriodEnd && cue.Weight >= OwnWordWeight)
                {
                    lapseTold = true;
                }
            }
        }

        // What the question itself names is what it asks about ("the renewal date was 15 January — does the key still work
        // today?", "we haven't renewed — until when can the devs activate their VS subscriptions?"): each rule it names by a word
        // of its own (not a general one such as "pay") counts once more.
        var asking = clauses.Where(c => IsAsking(c, vocabularies) && !beliefs.Contains(c)).ToList();
        foreach (var kind in vocabularies.SelectMany(v => v.KindCues.Where(cue => cue.Weight >= OwnWordWeight && asking.Any(c => cue.Pattern.IsMatch(c.View.For(v)))).Select(cue => cue.Kind)).Distinct())
        {
            Add(kind, AskedAboutWeight);
        }

        // "We haven't renewed — can we renew today?", "… between which dates must the renewal happen?": renewing is what the
        // question asks about, over the stated lapse.
        if (scores.GetValueOrDefault(RuleKind.GracePeriodEnd) > 0
            && asking.Any(c => vocabularies.Any(v => v.RenewWords.IsMatch(c.View.For(v)))))
        {
            Add(RuleKind.RenewalWindow, RenewAskedWeight);
        }

        // Unless the dates say what the person did and it is no assignment ("redeemed by someone who has since left"): then the
        // departure is background to another rule.
        if (facts.PersonLeft && (candidates.All(c => c.Role is null) || candidates.Any(c => c.Role == DateRole.Assignment)))
        {
            Add(RuleKind.VsReassignFrom, PersonLeftWeight);
        }

        // A renewal already paid is about the renewal cycle, not a lapse.
        if (facts.RenewalPaid)
        {
            Add(RuleKind.RenewalWindow, RenewalPaidWeight);
        }

        if (vocabularies.Any(v => v.MoreTimeWords.IsMatch(view.For(v))))
        {
            Add(RuleKind.CovidExtension, MoreTimeWeight);
        }

        // An expiry in the COVID range told together with its extension ("expired on 30 Sep 2020, it was extended") is the
        // extension's own description: twice the weight. Only a day whose year is known (see YearKnown): "our anniversary is 25 November" falls in
        // the range only because the recognizer places a yearless day in the latest year.
        var inRange = candidates.Where(c => !c.Span && BenefitRules.CovidRange.Contains(c.Date) && c.Role is null or DateRole.Anniversary or DateRole.EnrollmentRenewal
            && YearKnown(view.Text.AsSpan(c.Start, Math.Min(c.End, view.Text.Length) - c.Start))).ToList();
        if (inRange.Count > 0)
        {
            var told = scores.GetValueOrDefault(RuleKind.CovidExtension) > 0 && inRange.Any(c => c.Role == DateRole.Anniversary);
            Add(RuleKind.CovidExtension, told ? 2 * CovidRangeDateWeight : CovidRangeDateWeight);
        }

        var ranked = TiePriority.OrderByDescending(k => scores.GetValueOrDefault(k)).ThenBy(k => Array.IndexOf(TiePriority, k)).ToList();
        var best = scores.GetValueOrDefault(ranked[0]);
        if (best < MinimumScore)
        {
            return null;
        }

        // The events the user dates say which rule they ask about: "we didn't renew in June; the key was redeemed on 15 October —
        // can sales still use it?" dates a redemption, which the grace period does not count from.
        var roles = candidates.Where(c => !c.Span && c.Role is not null).Select(c => c.Role!.Value).ToList();
        if (roles.Count > 0 && !roles.Any(r => KindRoles.Accepts(ranked[0], r))
            && ranked.Cast<RuleKind?>().FirstOrDefault(k => scores.GetValueOrDefault(k!.Value) >= MinimumScore && roles.Any(r => KindRoles.Accepts(k.Value, r))) is { } fitting)
        {
            ranked.Remove(fitting);
            ranked.Insert(0, fitting);
            best = scores.GetValueOrDefault(fitting);
        }

        // An expiry told is a lapse too ("the membership expired on 1 December; can the new consultant still get Visual Studio?").
        lapseTold |= vocabularies.Any(v => v.ExpiredWords.IsMatch(view.For(v)));

        // The renewal date named and renewing asked, with nothing of Visual Studio ("our renewal date is 3 June; can I still renew
        // today?"): the renewal window, not how long user-assigned benefits last after that date.
        if (ranked[0] == RuleKind.UserAssignedBenefitExtension && scores.GetValueOrDefault(RuleKind.RenewalWindow) > 0
            && !vocabularies.Any(v => v.VisualStudioWords.IsMatch(view.For(v)))
            && asking.Exists(c => vocabularies.Any(v => v.RenewWords.IsMatch(c.View.For(v)))))
        {
            return new DetectedKind(RuleKind.RenewalWindow, null);
        }

        if (lapseTold && !namedOwn.Contains(RuleKind.VsReassignFrom) && ranked[0] is RuleKind.GracePeriodEnd or RuleKind.RenewalWindow or RuleKind.VsReassignFrom
            && VisualStudioAskedAfterLapse(view, asking, vocabularies, facts))
        {
            return new DetectedKind(RuleKind.UserAssignedBenefitExtension, null);
        }

        // A lapse told with only a purchase dated, and nothing of expiry, an anniversary or getting it back ("bought it on 20 February
        // 2024 and never renewed; can we still pay on Friday?"): the renewal still due, which the window is for. The grace
        // period counts from an expiry the user tells.
        if (ranked[0] == RuleKind.GracePeriodEnd && !namedBeyondPremise.Contains(RuleKind.GracePeriodEnd) && scores.GetValueOrDefault(RuleKind.RenewalWindow) > 0
            && roles.Count > 0 && roles.TrueForAll(r => r == DateRole.Purchase))
        {
            return new DetectedKind(RuleKind.RenewalWindow, null);
        }

        RuleKind? alternative = scores.GetValueOrDefault(ranked[1]) == best ? ranked[1] : null;
        return new DetectedKind(ranked[0], alternative);
    }

    /// <summary>
    /// After a lapse, Visual Studio asked about with nothing handed over and nothing of getting the membership back ("nobody renewed
    /// on 1 March; can the new developer still get a Visual Studio subscription?"): the benefits that need a user assignment after
    /// the renewal date, as the article says, not the grace period or a reassignment. Someone who left matters only when the
    /// question is about handing over; asked whether Visual Studio still works, the departure is background ("the colleague who
    /// handled the renewal has left").
    /// </summary>
    private static bool VisualStudioAskedAfterLapse(TextView view, List<Clause> asking, RuleVocabulary[] vocabularies, RuleFacts facts)
    {
        bool Asks(Func<RuleVocabulary, Regex> words) => asking.Exists(c => vocabularies.Any(v => words(v).IsMatch(c.View.For(v))));
        bool AsksBy(Func<KindCue, bool> cue) => asking.Exists(c => vocabularies.Any(v => v.KindCues.Any(k => cue(k) && k.Pattern.IsMatch(c.View.For(v)))));

        if (facts.PersonLeft && (!Asks(v => v.UseWords) || AsksBy(k => k.Kind == RuleKind.VsReassignFrom && k.Weight >= AskedAboutWeight)))
        {
            return false;
        }

        return (Asks(v => v.VisualStudioWords)
                || QuestionSpans(view).Exists(q => vocabularies.Any(v => v.VisualStudioWords.IsMatch(view.Slice(q.Start, q.End).For(v))))
                || VisualStudioUseAsked(view, asking, vocabularies))
            && !AsksBy(k => k is { Kind: RuleKind.GracePeriodEnd, Premise: false, Weight: >= OwnWordWeight });
    }

    /// <summary>
    /// Visual Studio named earlier and its use asked about in words that refer back ("… got a VS subscription through us. Will his
    /// still run next month?", "Kan hij het dan nog gebruiken?"), with nothing of renewing or paying in the question.
    /// </summary>
    private static bool VisualStudioUseAsked(TextView view, List<Clause> asking, RuleVocabulary[] vocabularies) =>
        vocabularies.Any(v => v.VisualStudioWords.IsMatch(view.For(v)))
        && asking.Exists(c => vocabularies.Any(v => v.UseWords.IsMatch(c.View.For(v))))
        && !asking.Exists(c => vocabularies.Any(v => v.RenewWords.IsMatch(c.View.For(v)) || v.PaymentWords.IsMatch(c.View.For(v))));

    /// <summary>
    /// Without a date we only call it a rule question when the user talks about their own event (a role word: bought, redeemed, assigned...)
    /// the rule counts from, and asks when; "When can we renew the Action Pack?" alone stays an FAQ question.
    /// </summary>
    private static bool LooksLikeDateQuestionWithoutDate(TextView view, RuleKind kind, RuleVocabulary[] vocabularies) =>
        vocabularies.Any(v => v.WhenCues.Any(c => c.IsMatch(view.For(v)))) &&
        vocabularies.Any(v => v.RoleCues.Any(c => KindRoles.Accepts(kind, c.Role) && c.Pattern.IsMatch(view.For(v))));
}
