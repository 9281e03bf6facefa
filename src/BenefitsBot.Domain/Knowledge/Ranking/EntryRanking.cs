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
        var order = TopIndexes(scores, Kept);
        return new EntryRanking(features, weights, scores, probabilities, order);
    }

    /// <summary>The indexes of the k highest scores, best first (ties: lower index), without sorting every entry.</summary>
    private static int[] TopIndexes(double[] scores, int k)
    {
        var top = new PriorityQueue<int, (double Score, int Index)>(k + 1, Comparer<(double Score, int Index)>.Create(
            (a, b) => a.Score != b.Score ? a.Score.CompareTo(b.Score) : b.Index.CompareTo(a.Index)));
        for (var e = 0; e < scores.Length; e++)
        {
            if (top.Count == k && top.TryPeek(out _, out var lowest) && scores[e] <= lowest.Score)
            {
                continue;
            }

            top.Enqueue(e, (scores[e], e));
            if (top.Count > k)
            {
                top.Dequeue();
            }
        }

        var result = new int[top.Count];
        for (var i = result.Length - 1; i >= 0; i--)
        {
            result[i] = top.Dequeue();
        }

        return result;
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
