namespace BenefitsBot.Domain.Dates;

/// <summary>Builds number-word tables (1–99 cardinals, 1–31 ordinals) from a language's units and tens, so the tables stay small.</summary>
internal static class NumberWords
{
    public static Dictionary<string, int> Cardinals(
        string[] oneToNineteen, string[] tens, Func<string, string, IEnumerable<string>> compound, params (string Word, int Value)[] extra)
    {
        var words = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < oneToNineteen.Length; i++)
        {
            words[oneToNineteen[i]] = i + 1;
        }

        for (var t = 0; t < tens.Length; t++)
        {
            words[tens[t]] = (t + 2) * 10;
            for (var u = 0; u < 9; u++)
            {
                foreach (var form in compound(tens[t], oneToNineteen[u]))
                {
                    words[form] = (t + 2) * 10 + u + 1;
                }
            }
        }

        foreach (var (word, value) in extra)
        {
            words[word] = value;
        }

        return words;
    }

    public static Dictionary<string, int> Ordinals(
        string[] firstToNineteenth, string twentieth, string thirtieth, Func<string, string, IEnumerable<string>> compound, params (string Word, int Value)[] extra)
    {
        var words = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < firstToNineteenth.Length; i++)
        {
            words[firstToNineteenth[i]] = i + 1;
        }

        words[twentieth] = 20;
        words[thirtieth] = 30;
        for (var u = 0; u < 9; u++)
        {
            foreach (var form in compound("20", firstToNineteenth[u]))
            {
                words[form] = 21 + u;
            }
        }

        foreach (var form in compound("30", firstToNineteenth[0]))
        {
            words[form] = 31;
        }

        foreach (var (word, value) in extra)
        {
            words[word] = value;
        }

        return words;
    }
}
