using System.Text;
using System.Text.RegularExpressions;

namespace BenefitsBot.Domain.Dates;

/// <summary>
/// Corrects one-slip misspellings of long month names ("septmber", "febuary", "ocotber": a letter dropped or two neighbours
/// swapped, first letter kept) before matching, and maps offsets back to the original text. A lookup instead of extra regex
/// alternatives keeps every month pattern small; names under six letters are left alone, their slips are other words.
/// </summary>
internal sealed class MonthSpelling
{
    private static readonly Regex Word = new(@"\p{L}{5,}", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    private readonly Dictionary<string, string> fixes = new(StringComparer.OrdinalIgnoreCase);

    public MonthSpelling(IEnumerable<string> monthNames, IEnumerable<string> knownWords)
    {
        var known = new HashSet<string>(knownWords, StringComparer.OrdinalIgnoreCase);
        foreach (var name in monthNames.Where(n => n.Length >= 6))
        {
            for (var i = 1; i < name.Length; i++)
            {
                Add(name.Remove(i, 1), name, known);
                if (i + 1 < name.Length)
                {
                    Add(string.Concat(name.AsSpan(0, i), name.AsSpan(i + 1, 1), name.AsSpan(i, 1), name.AsSpan(i + 2)), name, known);
                }
            }
        }
    }

    /// <summary>The corrected text and, when anything changed, the original offset of each corrected character (plus one past the end).</summary>
    public (string Text, int[]? Map) Fix(string text)
    {
        var words = Word.Matches(text).Where(w => fixes.ContainsKey(w.Value)).ToList();
        if (words.Count == 0)
        {
            return (text, null);
        }

        var output = new StringBuilder(text.Length + words.Count);
        var map = new List<int>(text.Length + words.Count + 1);
        var position = 0;
        foreach (var word in words)
        {
            for (; position < word.Index; position++)
            {
                output.Append(text[position]);
                map.Add(position);
            }

            var replacement = fixes[word.Value];
            output.Append(replacement);
            map.AddRange(Enumerable.Range(0, replacement.Length).Select(i => word.Index + Math.Min(i, word.Length - 1)));
            position = word.Index + word.Length;
        }

        for (; position < text.Length; position++)
        {
            output.Append(text[position]);
            map.Add(position);
        }

        map.Add(text.Length);
        return (output.ToString(), [.. map]);
    }

    /// <summary>A mention found in the corrected text, placed on the original text.</summary>
    public static DateMention MapBack(DateMention mention, int[] map) =>
        mention with { Start = map[mention.Start], Length = map[mention.Start + mention.Length - 1] + 1 - map[mention.Start] };

    private void Add(string variant, string name, HashSet<string> known)
    {
        if (!known.Contains(variant))
        {
            fixes.TryAdd(variant, name);
        }
    }
}
