namespace BenefitsBot.Domain.Knowledge.Ranking;

/// <summary>
/// Learns <see cref="RankerWeights"/> from the knowledge base itself: its alternate questions, split into folds, are each asked
/// while held out of the index, and the weights maximize the likelihood of the right entry (softmax over all entries, L2).
/// A seven-weight listwise logistic model is a few lines of gradient descent; ML.NET would bring a native runtime into the pure
/// domain for it.
/// </summary>
internal static class RankerTraining
{
    public const int Folds = 5;
    private const double L2 = 0.001;
    private const int Iterations = 400;
    private const double LearningRate = 0.5;

    public sealed record Example(QueryFeatures Query, int Target)
    {
        public string Language => Query.Language;

        public double[][] Features => Query.Values;
    }

    public sealed record Result(RankerWeights Weights, double HeldOutTop1Before, double HeldOutTop1After, IReadOnlyList<Example> Examples);

    public static Result Learn(KnowledgeBase knowledgeBase, RankerWeights start, int folds = Folds)
    {
        var examples = Examples(knowledgeBase, folds);
        var before = Top1(examples, start.Values);
        var weights = start.Values.ToArray();
        var gradient = new double[weights.Length];
        var squares = new double[weights.Length];
        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            Array.Clear(gradient);
            foreach (var example in examples)
            {
                var probabilities = EntryRanking.Softmax(Scores(example.Features, weights));
                for (var f = 0; f < weights.Length; f++)
                {
                    var expected = 0.0;
                    for (var e = 0; e < probabilities.Length; e++)
                    {
                        expected += probabilities[e] * example.Features[f][e];
                    }

                    gradient[f] += (expected - example.Features[f][example.Target]) / examples.Count;
                }
            }

            for (var f = 0; f < weights.Length; f++)
            {
                // Adagrad: the features' scales differ, one learning rate would crawl on some and jump on others.
                gradient[f] += L2 * weights[f];
                squares[f] += gradient[f] * gradient[f];
                weights[f] -= LearningRate * gradient[f] / (Math.Sqrt(squares[f]) + 1e-8);
            }
        }

        // A language's typical match: the median best score of its held-out alternates. Scores divided by it mean the same in
        // every language (Chinese character pairs and words score lower than stems), so one threshold serves all four.
        var typical = examples.GroupBy(example => example.Language, StringComparer.Ordinal).ToDictionary(
            group => group.Key,
            group => Median([.. group.Select(example => Scores(example.Features, weights).Max())]),
            StringComparer.Ordinal);
        return new Result(new RankerWeights(weights, typical), before, Top1(examples, weights), examples);
    }

    /// <summary>Every alternate as a held-out query: fold k's alternates are left out of the index that answers them.</summary>
    public static List<Example> Examples(KnowledgeBase knowledgeBase, int folds)
    {
        var examples = new List<Example>();
        for (var fold = 0; fold < folds; fold++)
        {
            var ranker = KnowledgeRanker.Build(knowledgeBase, RankerWeights.Learned, (_, _, ordinal) => ordinal % folds != fold);
            for (var e = 0; e < knowledgeBase.Entries.Count; e++)
            {
                foreach (var language in FaqLanguages.All)
                {
                    var alternates = knowledgeBase.Alternates.For(knowledgeBase.Entries[e].Id, language);
                    for (var a = fold; a < alternates.Count; a += folds)
                    {
                        examples.Add(new Example(ranker.Rank(alternates[a], language).Features, e));
                    }
                }
            }
        }

        return examples;
    }

    private static double[] Scores(double[][] features, IReadOnlyList<double> weights)
    {
        var scores = new double[features[0].Length];
        for (var f = 0; f < weights.Count; f++)
        {
            for (var e = 0; e < scores.Length; e++)
            {
                scores[e] += weights[f] * features[f][e];
            }
        }

        return scores;
    }

    private static double Median(double[] values)
    {
        Array.Sort(values);
        return values.Length == 0 ? 1 : values[values.Length / 2];
    }

    private static double Top1(List<Example> examples, IReadOnlyList<double> weights) =>
        examples.Count == 0 ? 0 : (double)examples.Count(example =>
        {
            var scores = Scores(example.Features, weights);
            return Array.IndexOf(scores, scores.Max()) == example.Target;
        }) / examples.Count;
}
