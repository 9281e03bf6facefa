namespace BenefitsBot.Domain.Knowledge.Retrieval;

/// <summary>
/// Word translation probabilities P(target | English) learned from the articles' aligned sentence pairs with IBM Model 1 (EM).
/// Hand-written: the Domain takes no packages, and fast_align/GIZA++ are external tools; a few EM rounds on a few hundred pairs suffice.
/// </summary>
internal sealed class TranslationLexicon
{
    private const string Null = "\0";
    private const double MinimumProbability = 0.12;
    private const int MaxTranslations = 3;
    private readonly Dictionary<string, (string Term, double Probability)[]> translations;

    private TranslationLexicon(Dictionary<string, (string Term, double Probability)[]> translations) => this.translations = translations;

    public static TranslationLexicon Empty { get; } = new([]);

    public int Count => translations.Count;

    public IReadOnlyList<(string Term, double Probability)> Translate(string englishTerm) =>
        translations.TryGetValue(englishTerm, out var found) ? found : [];

    public static TranslationLexicon Train(IReadOnlyList<(IReadOnlyList<string> Target, IReadOnlyList<string> English)> pairs, int iterations = 8)
    {
        var probability = new Dictionary<(string Target, string English), double>();
        foreach (var (target, english) in pairs)
        {
            foreach (var t in target)
            {
                foreach (var e in english.Append(Null))
                {
                    probability[(t, e)] = 1.0;
                }
            }
        }

        for (var round = 0; round < iterations; round++)
        {
            var counts = new Dictionary<(string Target, string English), double>();
            var totals = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var (target, english) in pairs)
            {
                var sources = english.Append(Null).ToList();
                foreach (var t in target)
                {
                    var denominator = sources.Sum(e => probability[(t, e)]);
                    foreach (var e in sources)
                    {
                        var share = probability[(t, e)] / denominator;
                        counts[(t, e)] = counts.GetValueOrDefault((t, e)) + share;
                        totals[e] = totals.GetValueOrDefault(e) + share;
                    }
                }
            }

            foreach (var (key, count) in counts)
            {
                probability[key] = count / totals[key.English];
            }
        }

        var best = probability
            .Where(pair => pair.Key.English != Null && pair.Value >= MinimumProbability)
            .GroupBy(pair => pair.Key.English, StringComparer.Ordinal)
            .ToDictionary(
                group => group.Key,
                group => group.OrderByDescending(pair => pair.Value).Take(MaxTranslations).Select(pair => (pair.Key.Target, pair.Value)).ToArray(),
                StringComparer.Ordinal);
        return new TranslationLexicon(best);
    }
}
