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
        // Every (target word, English word) pair that co-occurs gets a slot; each sentence pair keeps a grid of slot numbers.
        var slots = new Dictionary<(string Target, string English), int>();
        var grids = pairs.Select(pair => pair.Target.Select(target => pair.English.Append(Null)
            .Select(english => slots.TryGetValue((target, english), out var slot) ? slot : slots[(target, english)] = slots.Count).ToArray()).ToArray()).ToList();
        var keys = new (string Target, string English)[slots.Count];
        foreach (var (key, slot) in slots)
        {
            keys[slot] = key;
        }

        var englishIds = keys.Select(key => key.English).Distinct(StringComparer.Ordinal).Select((english, id) => (english, id)).ToDictionary(pair => pair.english, pair => pair.id, StringComparer.Ordinal);
        var englishOf = keys.Select(key => englishIds[key.English]).ToArray();
        var probability = Enumerable.Repeat(1.0, slots.Count).ToArray();
        for (var round = 0; round < iterations; round++)
        {
            var counts = new double[slots.Count];
            var totals = new double[englishIds.Count];
            foreach (var row in grids.SelectMany(grid => grid))
            {
                var denominator = row.Sum(slot => probability[slot]);
                foreach (var slot in row)
                {
                    var share = probability[slot] / denominator;
                    counts[slot] += share;
                    totals[englishOf[slot]] += share;
                }
            }

            for (var slot = 0; slot < probability.Length; slot++)
            {
                probability[slot] = counts[slot] / totals[englishOf[slot]];
            }
        }

        var best = Enumerable.Range(0, keys.Length)
            .Where(slot => keys[slot].English != Null && probability[slot] >= MinimumProbability)
            .GroupBy(slot => keys[slot].English, StringComparer.Ordinal)
            .ToDictionary(
                group => group.Key,
                group => group.OrderByDescending(slot => probability[slot]).Take(MaxTranslations).Select(slot => (keys[slot].Target, probability[slot])).ToArray(),
                StringComparer.Ordinal);
        return new TranslationLexicon(best);
    }
}
