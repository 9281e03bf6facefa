namespace BenefitsBot.Domain.Knowledge.Retrieval;

internal sealed partial class LanguageIndex
{
    private const int MinimumCompound = 8;
    private const int MinimumPart = 4;

    /// <summary>
    /// Swedish and Dutch write compounds as one word (förnyelsefönster) where machine translation often splits them; a long
    /// article word made of two other article words is indexed with its parts as well.
    /// </summary>
    private static List<IReadOnlyDictionary<IndexField, FieldTerms>> Decompose(string language, IReadOnlyList<IReadOnlyDictionary<IndexField, FieldTerms>> documents)
    {
        if (language is not (FaqLanguages.Swedish or FaqLanguages.Dutch))
        {
            return [.. documents];
        }

        var known = documents.SelectMany(document => document.Values).SelectMany(field => field.Terms).ToHashSet(StringComparer.Ordinal);
        var parts = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var term in known.Where(term => term.Length >= MinimumCompound && !term.StartsWith('~')))
        {
            var split = Split(term, known.Contains);
            if (split is not null)
            {
                parts[term] = split;
            }
        }

        return [.. documents.Select(document => (IReadOnlyDictionary<IndexField, FieldTerms>)document.ToDictionary(
            pair => pair.Key,
            pair => pair.Value with { Terms = Expand(pair.Value.Terms), Phrasings = pair.Value.Phrasings?.Select(Expand).ToList() }))];

        IReadOnlyList<string> Expand(IReadOnlyList<string> terms) =>
            [.. terms.SelectMany(term => parts.TryGetValue(term, out var split) ? split.Prepend(term) : [term])];
    }

    /// <summary>Two known parts (the first may end in a Swedish/Dutch linking s), longest head first, or null.</summary>
    private static string[]? Split(string word, Func<string, bool> isKnown)
    {
        for (var cut = word.Length - MinimumPart; cut >= MinimumPart; cut--)
        {
            var head = word[..cut];
            var tail = word[cut..];
            if (!isKnown(tail))
            {
                continue;
            }

            if (isKnown(head))
            {
                return [head, tail];
            }

            if (head.EndsWith('s') && head.Length > MinimumPart && isKnown(head[..^1]))
            {
                return [head[..^1], tail];
            }
        }

        return null;
    }
}
