namespace BenefitsBot.Domain.Knowledge.Ranking;

/// <summary>
/// The weight of each <see cref="RankingFeature"/> in an entry's score. <see cref="Learned"/> comes from
/// <see cref="RankerTraining"/> on the shipped knowledge base's own alternate questions (each held out of the index while it is the
/// query, 5 folds), never from evaluation questions: <c>eval faq --learn</c> prints it again. <see cref="TypicalMatch"/>: per question
/// language, the median best score of those held-out alternates, the unit in which <see cref="FaqThresholds"/> are expressed.
/// </summary>
internal sealed record RankerWeights(IReadOnlyList<double> Values, IReadOnlyDictionary<string, double> TypicalMatch)
{
    public static RankerWeights Learned { get; } = new(
        [-2.206, 1.890, 1.851, 2.648, 3.431, 5.090, 4.294, 1.039, 2.324],
        new Dictionary<string, double>(StringComparer.Ordinal) { ["en"] = 12.162, ["sv"] = 8.951, ["nl"] = 8.396, ["zh-TW"] = 7.136 });

    /// <summary>A ranking score in units of the language's typical match (1 = as good as a typical held-out alternate).</summary>
    public double Relative(double score, string language) => score / TypicalMatch.GetValueOrDefault(language, 1.0);

    public double Score(QueryFeatures features, int entry)
    {
        var sum = 0.0;
        for (var f = 0; f < Values.Count; f++)
        {
            sum += Values[f] * features.Values[f][entry];
        }

        return sum;
    }
}
