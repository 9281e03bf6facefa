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
        [-1.930, 4.030, 5.085, 3.103, 3.798, 5.426, 4.497],
        new Dictionary<string, double>(StringComparer.Ordinal) { ["en"] = 13.870, ["sv"] = 9.975, ["nl"] = 9.319, ["zh-TW"] = 6.517 });

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
