namespace BenefitsBot.Domain.Knowledge.Retrieval;

internal sealed partial class LanguageIndex
{
    private const double InflectionWeight = 0.8;
    private const double TypoWeight = 0.7;
    private const double CompoundWeight = 0.7;
    private const int MinimumPrefix = 5;
    private const int MinimumTypoLength = 4;
    private readonly string[] vocabulary;
    private readonly Dictionary<string, List<string>> deletions;

    /// <summary>
    /// The index terms a question word stands for: itself; else inflections sharing a long prefix; else words one edit away
    /// (typos, via a deletion neighbourhood as in SymSpell); else the parts of a compound. Empty when the articles never use it.
    /// </summary>
    public IReadOnlyList<QueryTerm> Resolve(string term)
    {
        if (postings.ContainsKey(term))
        {
            return [new QueryTerm(term, 1.0)];
        }

        if (term.StartsWith('~') || Text.TextNormalizer.IsHan(term[0]))
        {
            return [];
        }

        var inflections = Inflections(term);
        if (inflections.Count > 0)
        {
            return inflections;
        }

        var typos = Typos(term);
        if (typos.Count > 0)
        {
            return typos;
        }

        var parts = Split(term, part => postings.ContainsKey(part) || Inflections(part).Count > 0);
        return parts is null ? [] : [.. parts.SelectMany(part => postings.ContainsKey(part) ? [new QueryTerm(part, 1.0)] : Inflections(part))
            .Select(found => found with { Weight = found.Weight * CompoundWeight })];
    }

    private List<QueryTerm> Inflections(string term)
    {
        if (term.Length < MinimumPrefix)
        {
            return [];
        }

        var prefix = term[..MinimumPrefix];
        var start = Array.BinarySearch(vocabulary, prefix, StringComparer.Ordinal);
        start = start < 0 ? ~start : start;
        var found = new List<QueryTerm>();
        for (var i = start; i < vocabulary.Length && vocabulary[i].StartsWith(prefix, StringComparison.Ordinal); i++)
        {
            var candidate = vocabulary[i];
            var common = CommonPrefix(term, candidate);
            if (common >= Math.Max(term.Length, candidate.Length) - 3)
            {
                found.Add(new QueryTerm(candidate, InflectionWeight));
            }
        }

        return found;
    }

    private List<QueryTerm> Typos(string term)
    {
        if (term.Length < MinimumTypoLength)
        {
            return [];
        }

        var candidates = new HashSet<string>(StringComparer.Ordinal);
        foreach (var deleted in DeletionsOf(term).Append(term))
        {
            if (deletions.TryGetValue(deleted, out var terms))
            {
                candidates.UnionWith(terms);
            }
        }

        return [.. candidates.OrderByDescending(DocumentFrequency).ThenBy(candidate => candidate, StringComparer.Ordinal).Take(2)
            .Select(candidate => new QueryTerm(candidate, TypoWeight))];
    }

    private static Dictionary<string, List<string>> BuildDeletions(IEnumerable<string> terms)
    {
        var map = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var term in terms.Where(term => term.Length >= MinimumTypoLength && !Text.TextNormalizer.IsHan(term[0])))
        {
            foreach (var deleted in DeletionsOf(term).Append(term))
            {
                (map.TryGetValue(deleted, out var list) ? list : map[deleted] = []).Add(term);
            }
        }

        return map;
    }

    private static IEnumerable<string> DeletionsOf(string term) => Enumerable.Range(0, term.Length).Select(i => term.Remove(i, 1));

    private static int CommonPrefix(string a, string b)
    {
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }

        return i;
    }
}
