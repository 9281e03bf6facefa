using System.Globalization;
using BenefitsBot.Domain.Knowledge.Ranking;

namespace BenefitsBot.Domain.Knowledge.Evaluation;

/// <summary>Relearns the ranker's weights from a knowledge base's alternates and describes the result (<c>eval faq --learn</c>).</summary>
public static class FaqRankerLearning
{
    public static string Describe(KnowledgeBase knowledgeBase)
    {
        var result = RankerTraining.Learn(knowledgeBase, RankerWeights.Learned);
        var names = Enum.GetNames<RankingFeature>();
        var weights = string.Join(", ", result.Weights.Values.Select((w, i) => string.Create(CultureInfo.InvariantCulture, $"{names[i]} {w:F3}")));
        return string.Create(CultureInfo.InvariantCulture,
            $"{result.Examples} held-out alternates: top-1 {result.HeldOutTop1Before:F3} with the shipped weights, {result.HeldOutTop1After:F3} with the learned ones\n" +
            $"learned: [{string.Join(", ", result.Weights.Values.Select(w => w.ToString("F3", CultureInfo.InvariantCulture)))}]\n{weights}\n" +
            $"typical match: {string.Join(", ", result.Weights.TypicalMatch.Select(pair => string.Create(CultureInfo.InvariantCulture, $"[\"{pair.Key}\"] = {pair.Value:F3}")))}");
    }
}
