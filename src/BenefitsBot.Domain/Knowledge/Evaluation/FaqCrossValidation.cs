namespace BenefitsBot.Domain.Knowledge.Evaluation;

/// <summary>
/// Chooses <see cref="FaqThresholds"/> by k-fold cross-validation: each fold is decided with the thresholds that did best on the
/// other folds, so the figures reported are held-out ones. "Best" is a user's view: a right answer 1, the right entry among the
/// choices 0.75 (one click), a needless "not covered" 0, a wrong answer −0.5; on a question the articles do not cover, saying so 1.
/// </summary>
public static class FaqCrossValidation
{
    private static readonly double[] UnknownShares = [0.25, 0.34, 0.5, 0.67, 2.0];
    private static readonly double[] Answers = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];
    private static readonly double[] ChoiceShares = [0.15, 0.3, 0.5];
    private static readonly double[] Coverages = [0, 0.4, 0.5, 0.6, 0.7];

    public sealed record Result(IReadOnlyList<(FaqEvalCase Case, FaqResult Result)> HeldOut, IReadOnlyList<FaqThresholds> PerFold, FaqThresholds OnAll);

    public static Result Run(FaqAnswerer answerer, IReadOnlyList<FaqEvalCase> cases, int folds)
    {
        ArgumentNullException.ThrowIfNull(answerer);
        ArgumentNullException.ThrowIfNull(cases);
        var ranked = cases.Select(item => (Case: item, Ranked: answerer.Rank(item.Text, item.Language))).ToList();
        var heldOut = new List<(FaqEvalCase, FaqResult)>();
        var perFold = new List<FaqThresholds>();
        for (var fold = 0; fold < folds; fold++)
        {
            var training = ranked.Where((_, i) => i % folds != fold).ToList();
            var thresholds = Best(training, answerer);
            perFold.Add(thresholds);
            heldOut.AddRange(ranked.Where((_, i) => i % folds == fold).Select(item => (item.Case, answerer.Decide(item.Ranked, thresholds))));
        }

        return new Result(heldOut, perFold, Best(ranked, answerer));
    }

    /// <summary>The user's view of one decision (see the class summary).</summary>
    public static double Utility(bool expectsNone, FaqResultKind kind, bool firstRight, bool anyChoiceRight) => (expectsNone, kind) switch
    {
        (true, FaqResultKind.None) => 1,
        (true, FaqResultKind.Answer) => -0.5,
        (true, _) => 0,
        (false, FaqResultKind.Answer) => firstRight ? 1 : -0.5,
        (false, FaqResultKind.Clarify) => anyChoiceRight ? 0.75 : -0.25,
        _ => 0,
    };

    private static FaqThresholds Best(List<(FaqEvalCase Case, RankedQuestion Ranked)> training, FaqAnswerer answerer)
    {
        var cases = training.Select(item => new Prepared(item.Case, item.Ranked, answerer.KnowledgeBase.Entries, answerer.Unanswerable(item.Ranked))).ToList();
        var tops = cases.Select(item => item.TopScore).Order().ToArray();
        var levels = Enumerable.Range(0, 21).Select(i => tops[Math.Min(tops.Length - 1, i * (tops.Length - 1) / 40)]).Distinct().ToArray();
        var best = FaqThresholds.Default;
        var bestUtility = double.MinValue;
        foreach (var match in levels)
        {
            foreach (var unknownShare in UnknownShares)
            {
                foreach (var strong in levels.Where(level => level >= match).Append(double.MaxValue))
                {
                    foreach (var answer in Answers)
                    {
                        foreach (var choiceShare in ChoiceShares)
                        {
                            foreach (var coverage in Coverages)
                            {
                                var thresholds = new FaqThresholds(match, unknownShare, strong, answer, choiceShare, coverage);
                                var utility = cases.Sum(item => item.Utility(thresholds));
                                if (utility > bestUtility)
                                {
                                    (best, bestUtility) = (thresholds, utility);
                                }
                            }
                        }
                    }
                }
            }
        }

        return best;
    }

    /// <summary>A ranked case reduced to what the decision reads, so the grid costs no ranking.</summary>
    private sealed class Prepared(FaqEvalCase item, RankedQuestion ranked, IReadOnlyList<FaqEntry> entries, bool unanswerable)
    {
        private readonly double[] probabilities = [.. ranked.Ranking.Order.Take(FaqDecision.MaxChoices).Select(e => Math.Round(ranked.Ranking.Probabilities[e], 4))];
        private readonly bool[] right = [.. ranked.Ranking.Order.Take(FaqDecision.MaxChoices).Select(e => item.AcceptedEntryIds.Contains(entries[e].Id))];

        private readonly double coverage = FaqAnswerer.BestCoverage(ranked.Ranking);

        public double TopScore { get; } = FaqAnswerer.TopScore(ranked.Ranking);

        public double Utility(FaqThresholds thresholds)
        {
            var decision = FaqDecision.Of(TopScore, ranked.Ranking.Features.UnknownShare, coverage, unanswerable, probabilities, thresholds);
            var anyRight = right.Take(decision.Choices).Any(flag => flag);
            return FaqCrossValidation.Utility(item.ExpectsNone, decision.Kind, right.Length > 0 && right[0], anyRight);
        }
    }
}
