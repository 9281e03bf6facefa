using BenefitsBot.Domain.Knowledge.Ranking;

namespace BenefitsBot.Domain.Knowledge.Evaluation;

/// <summary>
/// Chooses <see cref="FaqThresholds"/> by k-fold cross-validation: each fold is decided with the thresholds that did best on the
/// other folds, so the figures reported are held-out ones. The training side also holds the knowledge base's own alternate
/// questions, each asked while held out of the index (situational wording that the dev questions lack), weighted together as
/// much as the dev folds' answerable questions. "Best" is a user's view: a right answer 1, the right entry among the choices
/// 0.75 (one click), choices without it −0.25, a needless "not covered" 0, a wrong answer −0.5; on a question the articles do not
/// cover, saying so 1, choices −0.25, an answer −0.5.
/// </summary>
public static class FaqCrossValidation
{
    private static readonly double[] UnknownShares = [0.25, 0.34, 0.5, 0.67, 2.0];
    private static readonly double[] Answers = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8];
    private static readonly double[] ChoiceShares = [0.15, 0.3];
    private static readonly double[] Coverages = [0, 0.4, 0.6];

    /// <summary>Every fourth held-out alternate: about a thousand situational questions keep the grid fast.</summary>
    private const int AlternateSample = 4;

    public sealed record Result(IReadOnlyList<(FaqEvalCase Case, FaqResult Result)> HeldOut, IReadOnlyList<FaqThresholds> PerFold, FaqThresholds OnAll);

    public static Result Run(FaqAnswerer answerer, IReadOnlyList<FaqEvalCase> cases, int folds)
    {
        ArgumentNullException.ThrowIfNull(answerer);
        ArgumentNullException.ThrowIfNull(cases);
        var ranked = cases.Select(item => (Case: item, Ranked: answerer.Rank(item.Text, item.Language))).ToList();
        var prepared = ranked.Select(item => Prepared.Of(item.Case, item.Ranked, answerer)).ToList();
        var alternates = RankerTraining.Examples(answerer.KnowledgeBase, RankerTraining.Folds)
            .Where((_, i) => i % AlternateSample == 0).Select(example => Prepared.Of(example, RankerWeights.Learned)).ToList();
        var heldOut = new List<(FaqEvalCase, FaqResult)>();
        var perFold = new List<FaqThresholds>();
        for (var fold = 0; fold < folds; fold++)
        {
            var thresholds = Best([.. prepared.Where((_, i) => i % folds != fold)], alternates);
            perFold.Add(thresholds);
            heldOut.AddRange(ranked.Where((_, i) => i % folds == fold).Select(item => (item.Case, answerer.Decide(item.Ranked, thresholds))));
        }

        return new Result(heldOut, perFold, Best(prepared, alternates));
    }

    /// <summary>The user's view of one decision (see the class summary).</summary>
    public static double Utility(bool expectsNone, FaqResultKind kind, bool firstRight, bool anyChoiceRight) => (expectsNone, kind) switch
    {
        (true, FaqResultKind.None) => 1,
        (true, FaqResultKind.Answer) => -0.5,
        (true, _) => -0.25,
        (false, FaqResultKind.Answer) => firstRight ? 1 : -0.5,
        (false, FaqResultKind.Clarify) => anyChoiceRight ? 0.75 : -0.25,
        _ => 0,
    };

    private static FaqThresholds Best(List<Prepared> dev, List<Prepared> alternates)
    {
        var alternateWeight = alternates.Count == 0 ? 0 : (double)dev.Count(item => !item.ExpectsNone) / alternates.Count;
        var tops = dev.Select(item => item.TopScore).Order().ToArray();
        var levels = Enumerable.Range(0, 16).Select(i => tops[Math.Min(tops.Length - 1, i * (tops.Length - 1) / 30)]).Distinct().ToArray();
        var best = FaqThresholds.Default;
        var bestUtility = double.MinValue;
        foreach (var match in levels)
        {
            foreach (var unknownShare in UnknownShares)
            {
                foreach (var strong in levels.Where((level, i) => level >= match && i % 2 == 0).Append(double.MaxValue))
                {
                    foreach (var answer in Answers)
                    {
                        foreach (var choiceShare in ChoiceShares)
                        {
                            foreach (var coverage in Coverages)
                            {
                                var thresholds = new FaqThresholds(match, unknownShare, strong, answer, choiceShare, coverage);
                                var utility = Sum(dev, thresholds) + (alternateWeight * Sum(alternates, thresholds));
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

    private static double Sum(List<Prepared> items, FaqThresholds thresholds)
    {
        var sum = 0.0;
        foreach (var item in items)
        {
            sum += item.Utility(thresholds);
        }

        return sum;
    }

    /// <summary>A ranked question reduced to what the decision reads, so the grid costs no ranking.</summary>
    private sealed class Prepared(bool expectsNone, double topScore, double unknownShare, double coverage, bool unanswerable, bool exact, double[] probabilities, bool[] right)
    {
        public bool ExpectsNone => expectsNone;

        public double TopScore => topScore;

        public static Prepared Of(FaqEvalCase item, RankedQuestion ranked, FaqAnswerer answerer)
        {
            var top = FaqAnswerer.Order(ranked.Ranking).Take(FaqDecision.MaxChoices).ToArray();
            return new Prepared(item.ExpectsNone, FaqAnswerer.TopScore(ranked.Ranking), ranked.Ranking.Features.UnknownShare, FaqAnswerer.BestCoverage(ranked.Ranking),
                answerer.Unanswerable(ranked), FaqAnswerer.ExactPhrasingEntry(ranked.Ranking) >= 0, [.. top.Select(e => Math.Round(ranked.Ranking.Probabilities[e], 4))],
                [.. top.Select(e => item.AcceptedEntryIds.Contains(answerer.KnowledgeBase.Entries[e].Id))]);
        }

        public static Prepared Of(RankerTraining.Example example, RankerWeights weights)
        {
            var ranking = EntryRanking.Of(example.Query, weights);
            var top = FaqAnswerer.Order(ranking).Take(FaqDecision.MaxChoices).ToArray();
            return new Prepared(false, FaqAnswerer.TopScore(ranking), example.Query.UnknownShare, FaqAnswerer.BestCoverage(ranking), false, FaqAnswerer.ExactPhrasingEntry(ranking) >= 0,
                [.. top.Select(e => Math.Round(ranking.Probabilities[e], 4))], [.. top.Select(e => e == example.Target)]);
        }

        public double Utility(FaqThresholds thresholds)
        {
            var decision = FaqDecision.Of(topScore, unknownShare, coverage, unanswerable, exact, probabilities, thresholds);
            var anyRight = false;
            for (var i = 0; i < decision.Choices && i < right.Length; i++)
            {
                anyRight |= right[i];
            }

            return FaqCrossValidation.Utility(expectsNone, decision.Kind, right.Length > 0 && right[0], anyRight);
        }
    }
}
