namespace BenefitsBot.Domain.Knowledge.Ranking;

/// <summary>Character trigrams of a term with its edges marked, so a typo or a compound's part still shares most of a word's grams.</summary>
internal static class SubwordGrams
{
    public static IEnumerable<string> Of(string term)
    {
        if (term.StartsWith('~'))
        {
            yield return term;
            yield break;
        }

        if (term.Length <= 3)
        {
            yield return "=" + term;
            yield break;
        }

        var padded = "_" + term + "_";
        for (var i = 0; i + 3 <= padded.Length; i++)
        {
            yield return padded.Substring(i, 3);
        }
    }

    public static IReadOnlyList<string> OfAll(IEnumerable<string> terms) => [.. terms.SelectMany(Of)];
}
