namespace BenefitsBot.Domain.Knowledge.Ranking;

/// <summary>One question's ranking: each entry's score and its probability (softmax over the entries), best first in <see cref="Order"/>.</summary>
internal sealed record EntryRanking(QueryFeatures Features, RankerWeights Weights, double[] Scores, double[] Probabilities, int[] Order)
{
    private const int Kept = 10;

    public int Best => Order.Length == 0 ? -1 : Order[0];

    public static EntryRanking Of(QueryFeatures features, RankerWeights weights)
    {
        var count = features.Values[0].Length;
        var scores = new double[count];
        for (var e = 0; e < count; e++)
        {
            scores[e] = weights.Score(features, e);
        }

        var probabilities = Softmax(scores);
        var order = Enumerable.Range(0, count).OrderByDescending(e => scores[e]).ThenBy(e => e).Take(Kept).ToArray();
        return new EntryRanking(features, weights, scores, probabilities, order);
    }

    public static double[] Softmax(double[] scores)
    {
        var result = new double[scores.Length];
        if (scores.Length == 0)
        {
            return result;
        }

        var max = scores.Max();
        var sum = 0.0;
        for (var i = 0; i < scores.Length; i++)
        {
            result[i] = Math.Exp(scores[i] - max);
            sum += result[i];
        }

        for (var i = 0; i < scores.Length; i++)
        {
            result[i] /= sum;
        }

        return result;
    }
}
