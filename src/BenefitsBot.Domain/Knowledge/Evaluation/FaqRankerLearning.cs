using System.Globalization;
using BenefitsBot.Domain.Knowledge.Ranking;

namespace BenefitsBot.Domain.Knowledge.Evaluation;

/// <summary>Relearns the ranker's weights from a knowledge base's alternates and describes the result (<c>eval faq --learn</c>).</summary>
public static class FaqRankerLearning
{
    /// <summary>The held-out alternates decided with the learned weights and <paramref name="thresholds"/>, per language: answerable questions in a knowledge base's own situational wording.</summary>
    private static string Decided(RankerTraining.Result result, FaqThresholds thresholds)
    {
        var lines = result.Examples.GroupBy(example => example.Language, StringComparer.Ordinal).Select(group =>
        {
            var decisions = group.Select(example =>
            {
                var ranking = EntryRanking.Of(example.Query, result.Weights);
                var order = FaqAnswerer.Order(ranking);
                var probabilities = order.Take(FaqDecision.MaxChoices).Select(e => ranking.Probabilities[e]).ToArray();
                var decision = FaqDecision.Of(FaqAnswerer.TopScore(ranking), example.Query.UnknownShare, FaqAnswerer.BestCoverage(ranking), false, FaqAnswerer.ExactPhrasingEntry(ranking) >= 0, probabilities, thresholds);
                var right = decision.Kind == FaqResultKind.Answer && order[0] == example.Target;
                var oneClick = right || (decision.Kind == FaqResultKind.Clarify && order.Take(decision.Choices).Contains(example.Target));
                return (decision.Kind, Right: right, OneClick: oneClick, Ranked: ranking.Best == example.Target);
            }).ToList();
            double Share(Func<(FaqResultKind Kind, bool Right, bool OneClick, bool Ranked), bool> predicate) => (double)decisions.Count(predicate) / decisions.Count;
            return FormattableString.Invariant(
                $"{group.Key,-6} {decisions.Count,5}  ranked first {Share(d => d.Ranked):F3}  top1 {Share(d => d.Right):F3}  one-click {Share(d => d.OneClick):F3}  false none {Share(d => d.Kind == FaqResultKind.None):F3}");
        });
        return $"held-out alternates decided with {thresholds}:\n" + string.Join('\n', lines);
    }

    public static string Describe(KnowledgeBase knowledgeBase)
    {
        var result = RankerTraining.Learn(knowledgeBase, RankerWeights.Learned);
        var names = Enum.GetNames<RankingFeature>();
        var weights = string.Join(", ", result.Weights.Values.Select((w, i) => string.Create(CultureInfo.InvariantCulture, $"{names[i]} {w:F3}")));
        return string.Create(CultureInfo.InvariantCulture,
            $"{result.Examples.Count} held-out alternates: top-1 {result.HeldOutTop1Before:F3} with the shipped weights, {result.HeldOutTop1After:F3} with the learned ones\n" +
            $"learned: [{string.Join(", ", result.Weights.Values.Select(w => w.ToString("F3", CultureInfo.InvariantCulture)))}]\n{weights}\n" +
            $"typical match: {string.Join(", ", result.Weights.TypicalMatch.Select(pair => string.Create(CultureInfo.InvariantCulture, $"[\"{pair.Key}\"] = {pair.Value:F3}")))}\n") + Decided(result, FaqThresholds.Default);
    }
}
