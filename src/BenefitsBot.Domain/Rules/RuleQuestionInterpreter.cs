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

    /// <summary>When two rules score the same, the more specific one wins (earlier in this list).</summary>
    private static readonly RuleKind[] TiePriority =
    [
        RuleKind.CovidExtension, RuleKind.ReplacementTokenDeadline, RuleKind.RefundDeadline, RuleKind.GracePeriodEnd,
        RuleKind.UserAssignedBenefitExtension, RuleKind.VsReassignFrom, RuleKind.KeyUsableUntil, RuleKind.RenewalWindow,
    ];

    /// <summary>The question, or null when the text is not a date-rule question (or a phrase pattern ran out of time on it).</summary>
    /// <param name="text">The user's message; only its first <see cref="QuestionText.MaxAnalyzedLength"/> characters are read.</param>
    /// <param name="language">en, sv, nl or zh-TW (others are read with the English phrases only).</param>
    /// <param name="dates">Date mentions recognized in <paramref name="text"/>.</param>
    public RuleQuestion? Interpret(string text, string language, IReadOnlyList<DateMention> dates)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(dates);
        try
        {
            return InterpretCut(QuestionText.Cut(text), language, dates);
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    private RuleQuestion? InterpretCut(string text, string language, IReadOnlyList<DateMention> dates)
    {
        var view = TextView.Of(TextNormalizer.Normalize(text));
        var vocabularies = VocabulariesFor(language);
        if (DetectKind(view, vocabularies) is not { } kind)
        {
            return null;
        }

        var anchor = ChooseAnchor(view, kind, dates, vocabularies);
        if (anchor is null && !LooksLikeDateQuestionWithoutDate(view, kind, vocabularies))
        {
            return null;
        }

        var clauses = Clauses(view);
        return new RuleQuestion(
            kind,
            language,
            anchor?.Date,
            anchor?.Role ?? KindRoles.DefaultRole(kind),
            AsksEligibility(clauses, vocabularies),
            SaysSoftwareActivated(clauses, vocabularies),
            SaysReplacementAlreadyIssued(clauses, vocabularies));
    }

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

    private static RuleKind? DetectKind(TextView view, RuleVocabulary[] vocabularies)
    {
        var scores = new Dictionary<RuleKind, int>();
        foreach (var (cue, text) in vocabularies.SelectMany(v => v.KindCues.Select(c => (c, view.For(v)))))
        {
            if (cue.Pattern.IsMatch(text))
            {
                scores[cue.Kind] = scores.GetValueOrDefault(cue.Kind) + cue.Weight;
            }
        }

        var best = TiePriority.MaxBy(k => (scores.GetValueOrDefault(k), -Array.IndexOf(TiePriority, k)));
        return scores.GetValueOrDefault(best) >= MinimumScore ? best : null;
    }

    /// <summary>
    /// Without a date we only call it a rule question when the user talks about their own event (a role word: bought, redeemed, assigned...)
    /// the rule counts from, and asks when; "When can we renew the Action Pack?" alone stays an FAQ question.
    /// </summary>
    private static bool LooksLikeDateQuestionWithoutDate(TextView view, RuleKind kind, RuleVocabulary[] vocabularies) =>
        vocabularies.Any(v => v.WhenCues.Any(c => c.IsMatch(view.For(v)))) &&
        vocabularies.Any(v => v.RoleCues.Any(c => KindRoles.Accepts(kind, c.Role) && c.Pattern.IsMatch(view.For(v))));
}
