using BenefitsBot.Domain.Knowledge.Analysis;
using BenefitsBot.Domain.Knowledge.Ranking;
using BenefitsBot.Domain.Knowledge.Text;

namespace BenefitsBot.Domain.Knowledge;

/// <summary>Answers a free-text question from the knowledge base in en, sv, nl or zh-TW: answer, offer a few choices, or say it is not covered.</summary>
public sealed class FaqAnswerer
{
    private const int CandidateCount = 5;
    private const double ExactCosine = 0.999;
    private const int ChoiceCount = 3;
    private readonly KnowledgeBase knowledgeBase;
    private readonly KnowledgeRanker ranker;
    private readonly FaqThresholds thresholds;

    /// <summary>Per entry: its question asks a price or its answer states an amount.</summary>
    private readonly bool[] speaksOfMoney;

    public FaqAnswerer(KnowledgeBase knowledgeBase, FaqThresholds? thresholds = null)
    {
        ArgumentNullException.ThrowIfNull(knowledgeBase);
        this.knowledgeBase = knowledgeBase;
        this.thresholds = thresholds ?? FaqThresholds.Default;
        ranker = KnowledgeRanker.Build(knowledgeBase, RankerWeights.Learned);
        speaksOfMoney = SpeaksOfMoney(knowledgeBase);
    }

    private FaqAnswerer(KnowledgeBase knowledgeBase, KnowledgeRanker ranker, bool[] speaksOfMoney, FaqThresholds thresholds)
    {
        this.speaksOfMoney = speaksOfMoney;
        this.knowledgeBase = knowledgeBase;
        this.ranker = ranker;
        this.thresholds = thresholds;
    }

    public KnowledgeBase KnowledgeBase => knowledgeBase;

    public FaqThresholds Thresholds => thresholds;

    /// <summary>The same index deciding with other thresholds.</summary>
    public FaqAnswerer With(FaqThresholds other) => new(knowledgeBase, ranker, speaksOfMoney, other);

    /// <summary>
    /// The question's language is the detected one when the text makes it clear, else the client locale's; the answer comes in that
    /// language when the articles have it, else in English (<see cref="FaqResult.IsAnswerInOtherLanguage"/>).
    /// </summary>
    public FaqResult Ask(string text, string? clientLocale) => Decide(Rank(text, clientLocale), thresholds);

    /// <summary>The ranking half of <see cref="Ask"/>: language, then every entry's score.</summary>
    internal RankedQuestion Rank(string text, string? clientLocale)
    {
        ArgumentNullException.ThrowIfNull(text);
        var clear = LanguageDetector.DetectClear(text);
        var locale = FaqLanguages.FromLocale(clientLocale);
        var guess = clear is null ? LanguageDetector.Detect(text).Language : clear;
        var questionLanguage = clear ?? locale ?? guess;
        var languages = clear is not null ? [clear] : new[] { locale, guess }.OfType<string>().Distinct().ToArray();
        return new RankedQuestion(questionLanguage, languages.Select(language => ranker.Rank(text, language)).MaxBy(TopScore)!, text);
    }

    /// <summary>The deciding half of <see cref="Ask"/>: answer, choices or none, with the given thresholds.</summary>
    internal FaqResult Decide(RankedQuestion question, FaqThresholds with)
    {
        var ranking = question.Ranking;
        var candidates = Order(ranking).Take(CandidateCount)
            .Select(e => new FaqSuggestion(knowledgeBase.Entries[e], Math.Round(ranking.Probabilities[e], 4)))
            .ToList();
        var (kind, choices) = Decide(ranking, candidates, Unanswerable(question), with);
        var entry = kind == FaqResultKind.None ? null : candidates[0].Entry;
        var language = question.Language;
        var answerLanguage = entry is null || entry.Text(language) is not null ? language : FallbackLanguage(entry);
        return new FaqResult(kind, entry, candidates.Count > 0 ? candidates[0].Score : 0, language, answerLanguage, choices)
        {
            Candidates = candidates,
        };
    }

    /// <summary>A price question whose best entry never speaks of money: the articles give no prices.</summary>
    internal bool Unanswerable(RankedQuestion question) =>
        Order(question.Ranking) is [var first, ..] && !speaksOfMoney[first] && MoneyQuestion.Asks(question.Text, question.Language);

    private static (FaqResultKind Kind, IReadOnlyList<FaqSuggestion> Choices) Decide(EntryRanking ranking, List<FaqSuggestion> candidates, bool unanswerable, FaqThresholds thresholds)
    {
        var probabilities = candidates.Take(FaqDecision.MaxChoices).Select(candidate => candidate.Score).ToArray();
        var decision = FaqDecision.Of(TopScore(ranking), ranking.Features.UnknownShare, BestCoverage(ranking), unanswerable, ExactPhrasingEntry(ranking) >= 0, probabilities, thresholds);
        return (decision.Kind, decision.Kind == FaqResultKind.None ? [] : candidates.Take(decision.Choices).ToList());
    }

    /// <summary>The share of the question's term weight found in the best entry's texts.</summary>
    internal static double BestCoverage(EntryRanking ranking) => ranking.Best < 0 ? 0 : ranking.Features.Value(RankingFeature.Coverage, ranking.Best);

    /// <summary>The one entry among the best that has a phrasing with the question's very terms (cosine 1), if exactly one has.</summary>
    internal static int ExactPhrasingEntry(EntryRanking ranking)
    {
        var exact = ranking.Order.Where(e => ranking.Features.Value(RankingFeature.NearestPhrasing, e) >= ExactCosine).Take(2).ToArray();
        return exact.Length == 1 ? exact[0] : -1;
    }

    /// <summary>The best entries, best first, except that an entry the question matches word for word comes first.</summary>
    internal static int[] Order(EntryRanking ranking) => ExactPhrasingEntry(ranking) is var exact and >= 0
        ? [exact, .. ranking.Order.Where(e => e != exact)]
        : ranking.Order;

    /// <summary>The best entry's score in units of its language's typical match.</summary>
    internal static double TopScore(EntryRanking ranking) => ranking.Best < 0 ? 0 : ranking.Weights.Relative(ranking.Scores[ranking.Best], ranking.Features.Language);

    /// <summary>An entry answers price questions when its own question asks one or its answer states an amount.</summary>
    private static bool[] SpeaksOfMoney(KnowledgeBase knowledgeBase) => [.. knowledgeBase.Entries.Select(entry =>
        entry.Texts.Values.Any(text => MoneyQuestion.Asks(text.Question, text.Language) || MoneyQuestion.StatesAmount(text.AnswerText)))];

    private static string FallbackLanguage(FaqEntry entry) =>
        entry.Text(FaqLanguages.English) is not null ? FaqLanguages.English : entry.Languages.First();
}
