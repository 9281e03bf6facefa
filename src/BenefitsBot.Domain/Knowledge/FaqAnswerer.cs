using BenefitsBot.Domain.Knowledge.Retrieval;
using BenefitsBot.Domain.Knowledge.Text;

namespace BenefitsBot.Domain.Knowledge;

/// <summary>Answers a free-text question from the knowledge base in en, sv, nl or zh-TW, with calibrated confidence.</summary>
public sealed class FaqAnswerer
{
    private const int SuggestionCount = 3;
    private readonly KnowledgeBase knowledgeBase;
    private readonly MultilingualIndex index;
    private readonly FaqThresholds thresholds;

    /// <summary>Per entry, the out-of-scope topics its own question names (an admin's answer on prices, added from a ticket).</summary>
    private readonly IReadOnlySet<string>[] entryTopics;

    public FaqAnswerer(KnowledgeBase knowledgeBase, FaqThresholds? thresholds = null)
    {
        ArgumentNullException.ThrowIfNull(knowledgeBase);
        this.knowledgeBase = knowledgeBase;
        this.thresholds = thresholds ?? FaqThresholds.Default;
        index = MultilingualIndex.Build(knowledgeBase);
        entryTopics = [.. knowledgeBase.Entries.Select(TopicsOf)];
    }

    public KnowledgeBase KnowledgeBase => knowledgeBase;

    /// <summary>
    /// The question's language is the detected one when the text makes it clear, else the client locale's; the answer comes in that
    /// language when the articles have it, else in English (<see cref="FaqResult.IsAnswerInOtherLanguage"/>).
    /// </summary>
    public FaqResult Ask(string text, string? clientLocale)
    {
        ArgumentNullException.ThrowIfNull(text);
        var clear = LanguageDetector.DetectClear(text);
        var guess = LanguageDetector.Detect(text).Language;
        var locale = FaqLanguages.FromLocale(clientLocale);
        var questionLanguage = clear ?? locale ?? guess;
        var candidates = clear is not null ? [clear] : new[] { locale, guess }.OfType<string>().Distinct().ToArray();
        var scored = candidates.Select(language => CrossLingualScorer.Score(index, language, text)).MaxBy(query => query.Best)!;
        var top = TopIndexes(scored.Scores, SuggestionCount);
        var ranked = top
            .Select(i => new FaqSuggestion(knowledgeBase.Entries[i], Math.Round(Math.Min(1.0, scored.Scores[i]), 4)))
            .Where(suggestion => suggestion.Score > 0)
            .ToList();
        var kind = top.Count > 0 && IsMostlyUnfamiliar(scored, top[0])
            ? FaqResultKind.None
            : Decide(scored, ranked, top.Count > 0 && entryTopics[top[0]].IsSupersetOf(scored.OutOfScopeTopics));
        var entry = kind == FaqResultKind.None ? null : ranked[0].Entry;
        var answerLanguage = entry is null || entry.Text(questionLanguage) is not null ? questionLanguage : FallbackLanguage(entry);
        return new FaqResult(kind, entry, ranked.Count > 0 ? ranked[0].Score : 0, questionLanguage, answerLanguage,
            kind == FaqResultKind.None ? [] : ranked);
    }

    /// <param name="bestIsAboutTheTopic">The best entry's own question names every out-of-scope topic the question names.</param>
    private FaqResultKind Decide(ScoredQuery scored, List<FaqSuggestion> ranked, bool bestIsAboutTheTopic)
    {
        if (ranked.Count == 0 || (scored.OutOfScope && !bestIsAboutTheTopic))
        {
            return FaqResultKind.None;
        }

        var best = ranked[0].Score;
        var closeCall = ranked.Count > 1 && ranked[1].Score >= best * thresholds.CloseCall;
        var runnerUp = ranked.Count > 1 ? ranked[1].Score : 0;
        var dominant = best >= thresholds.Clarify && best >= runnerUp * thresholds.Dominance;
        if (best >= thresholds.SureAnswer || (best >= thresholds.Answer && !closeCall) || dominant)
        {
            return FaqResultKind.Answer;
        }

        return best >= thresholds.Clarify && ranked.Count > 1 ? FaqResultKind.Clarify : FaqResultKind.None;
    }

    /// <summary>
    /// An off-topic question that shares a word or two with an entry ("register a domain for our tenant"): the best entry explains
    /// only one of its words beside words no entry uses, or most of its words are unknown and the match is not strong.
    /// </summary>
    private bool IsMostlyUnfamiliar(ScoredQuery scored, int best) =>
        scored.UnknownWords > 0 && (scored.ExplainedWords[best] < thresholds.ExplainedWords
            || (scored.UnknownShare > thresholds.UnknownShare && scored.Scores[best] < thresholds.UnfamiliarAnswer));

    /// <summary>The indexes of the k highest scores, best first (ties: lower index), without sorting every entry.</summary>
    private static List<int> TopIndexes(double[] scores, int k)
    {
        var top = new List<int>(k + 1);
        for (var i = 0; i < scores.Length; i++)
        {
            if (scores[i] <= 0 || (top.Count == k && scores[i] <= scores[top[^1]]))
            {
                continue;
            }

            var at = top.FindIndex(j => scores[j] < scores[i]);
            top.Insert(at < 0 ? top.Count : at, i);
            if (top.Count > k)
            {
                top.RemoveAt(k);
            }
        }

        return top;
    }

    /// <summary>
    /// Out-of-scope topics (prices, currencies…) are refused before scoring, unless the best entry's own question is about
    /// that topic: the built-in articles never are, an answer an admin added from a ticket can be.
    /// </summary>
    private static IReadOnlySet<string> TopicsOf(FaqEntry entry) =>
        entry.Texts.Values.SelectMany(text => Glossary.OutOfScopeTopics(TextAnalyzer.Analyze(text.Question, text.Language).Concepts)).ToHashSet(StringComparer.Ordinal);

    private static string FallbackLanguage(FaqEntry entry) =>
        entry.Text(FaqLanguages.English) is not null ? FaqLanguages.English : entry.Languages.First();
}
