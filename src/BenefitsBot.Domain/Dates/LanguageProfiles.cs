namespace BenefitsBot.Domain.Dates;

/// <summary>Word tables for English, Swedish and Dutch.</summary>
internal static partial class LanguageProfiles
{
    private static Dictionary<string, int> Words(params (string Word, int Value)[] words) =>
        words.ToDictionary(w => w.Word, w => w.Value, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Month words plus the one-slip misspellings of the long names ("septmber", "febuary", "ocotber"): a letter dropped or two
    /// neighbours swapped, first letter kept. Only names of six letters or more, whose slips are not other words.
    /// </summary>
    private static Dictionary<string, int> WithTypos(params (string Word, int Value)[] months)
    {
        var words = Words(months);
        foreach (var (word, value) in months.Where(m => m.Word.Length >= 6))
        {
            for (var i = 1; i < word.Length; i++)
            {
                words.TryAdd(word.Remove(i, 1), value);
                if (i + 1 < word.Length)
                {
                    words.TryAdd(string.Concat(word.AsSpan(0, i), word.AsSpan(i + 1, 1), word.AsSpan(i, 1), word.AsSpan(i + 2)), value);
                }
            }
        }

        return words;
    }

    private static Dictionary<string, DateUnit> Units(params (string Word, DateUnit Unit)[] words) =>
        words.ToDictionary(w => w.Word, w => w.Unit, StringComparer.OrdinalIgnoreCase);

    private static Dictionary<string, WeekdayRule> Rules(params (string Word, WeekdayRule Rule)[] words) =>
        words.ToDictionary(w => w.Word, w => w.Rule, StringComparer.OrdinalIgnoreCase);
}
