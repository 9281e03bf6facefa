namespace BenefitsBot.Domain.Knowledge.Text;

/// <summary>
/// Light suffix stripping for English, Swedish and Dutch: the longest listed suffix goes if a stem of at least three letters stays.
/// Hand-written because the Domain takes no packages and full Snowball stemmers over-stem the machine-translated article text; light is enough for retrieval.
/// </summary>
internal sealed class SuffixStemmer(IReadOnlyList<(string Suffix, string Replacement)> rules, int minimumStem = 3)
{
    private readonly (string Suffix, string Replacement)[] ordered = [.. rules.OrderByDescending(rule => rule.Suffix.Length)];

    private const int Passes = 2;

    /// <summary>Strips up to two suffixes (renewals → renewal → renew).</summary>
    public string Stem(string word)
    {
        for (var pass = 0; pass < Passes; pass++)
        {
            var stripped = StripOnce(word);
            if (stripped == word)
            {
                break;
            }

            word = stripped;
        }

        return word;
    }

    private string StripOnce(string word)
    {
        foreach (var (suffix, replacement) in ordered)
        {
            if (word.Length - suffix.Length >= minimumStem && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                return Undouble(word[..^suffix.Length] + replacement);
            }
        }

        return word;
    }

    /// <summary>"abonnementt"/"stopp" style doubled final consonants left by stripping are merged so inflections meet.</summary>
    private static string Undouble(string stem) =>
        stem.Length > 3 && stem[^1] == stem[^2] && !"aeiouy".Contains(stem[^1], StringComparison.Ordinal) ? stem[..^1] : stem;
}
