using System.Text.RegularExpressions;

namespace BenefitsBot.Domain.Dates;

public sealed partial class DateRecognizer
{
    /// <summary>A year said in words after a day, by language: its lead ("two thousand", "twenty", "tvåtusen", "tjugohundra", "tweeduizend") and count.</summary>
    private static readonly Dictionary<string, Lazy<(Regex Pattern, IReadOnlyDictionary<string, int> Counts)>> YearWords = new(StringComparer.Ordinal)
    {
        ["en"] = new(() => YearWordsPattern(LanguageProfiles.English(monthFirst: true).Cardinals, @"two thousand(?:\s+and)?\s+|twenty\s+")),
        ["sv"] = new(() => YearWordsPattern(LanguageProfiles.Swedish().Cardinals, @"tvåtusen\s*|tvatusen\s*|tjugohundra\s*")),
        ["nl"] = new(() => YearWordsPattern(LanguageProfiles.Dutch().Cardinals, @"tweeduizend\s*")),
    };

    private static (Regex, IReadOnlyDictionary<string, int>) YearWordsPattern(IReadOnlyDictionary<string, int> cardinals, string lead)
    {
        // Counts only, not "a", "a couple" or "några": a year's last two digits.
        var counts = cardinals.Where(c => c.Value is >= 1 and <= 99 && c.Key.Length > 2 && c.Key.All(ch => char.IsLetter(ch) || ch is ' ' or '-'))
            .ToDictionary(c => c.Key, c => c.Value, StringComparer.OrdinalIgnoreCase);
        var pattern = new Regex($@"\G\s*,?\s*(?:{lead})(?<n>{PatternRule.Alternation(counts.Keys)})(?![\p{{L}}-])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        return (pattern, counts);
    }

    /// <summary>
    /// A day and month followed by its year in words ("May 3rd, two thousand twenty-two", "den 3 maj tjugohundratjugotvå", "op 3 mei
    /// tweeduizend tweeëntwintig"): that day in that year; the mention then spans the year.
    /// </summary>
    private static IReadOnlyList<DateMention> WithYearInWords(string text, string lang, IReadOnlyList<DateMention> mentions)
    {
        if (!YearWords.TryGetValue(lang, out var words) || !mentions.Any(m => m.Kind == DateMentionKind.Date))
        {
            return mentions;
        }

        var (pattern, counts) = words.Value;
        var result = mentions.ToList();
        for (var i = 0; i < result.Count; i++)
        {
            var mention = result[i];
            var end = mention.Start + mention.Length;
            if (mention is not { Kind: DateMentionKind.Date, Date: { } day } || end > text.Length || FourDigits().IsMatch(text.AsSpan(mention.Start, mention.Length))
                || pattern.Match(text, end) is not { Success: true } year || !counts.TryGetValue(year.Groups["n"].Value, out var count)
                || Calendar.TryDate(2000 + count, day.Month, day.Day) is not { } dated)
            {
                continue;
            }

            result[i] = Mentions.Day(mention.Start, year.Index + year.Length - mention.Start, dated);
        }

        return result;
    }

    [GeneratedRegex(@"\d{4}", RegexOptions.NonBacktracking)]
    private static partial Regex FourDigits();
}
