using System.Text.RegularExpressions;

namespace BenefitsBot.Domain.Dates;

/// <summary>Word tables for English, Swedish and Dutch.</summary>
internal static partial class LanguageProfiles
{
    private static readonly Lazy<Regex> MonthWord = new(() => new Regex(
        $@"\b(?:{PatternRule.Alternation(English(monthFirst: true).Months.Keys.Concat(Swedish().Months.Keys).Concat(Dutch().Months.Keys).Distinct(StringComparer.OrdinalIgnoreCase))})\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking, TimeSpan.FromSeconds(1)));

    private static readonly Lazy<Regex> HolidayWord = new(() => new Regex(
        $@"\b(?:{PatternRule.Alternation(English(monthFirst: true).Holidays.Keys.Concat(Swedish().Holidays.Keys).Concat(Dutch().Holidays.Keys).Distinct(StringComparer.OrdinalIgnoreCase))})\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking, TimeSpan.FromSeconds(1)));

    /// <summary>Whether the text names a holiday ("Christmas Eve", "julafton", "Koningsdag"), which, as a day and month, comes every year.</summary>
    public static bool NamesHoliday(ReadOnlySpan<char> text) => HolidayWord.Value.IsMatch(text);

    /// <summary>Whether the text names a month in words, in English, Swedish or Dutch ("mid-March", "i mitten av februari", "6 augustus").</summary>
    public static bool NamesMonth(ReadOnlySpan<char> text) => MonthWord.Value.IsMatch(text);

    private static Dictionary<string, int> Words(params (string Word, int Value)[] words) =>
        words.ToDictionary(w => w.Word, w => w.Value, StringComparer.OrdinalIgnoreCase);

    private static Dictionary<string, DateUnit> Units(params (string Word, DateUnit Unit)[] words) =>
        words.ToDictionary(w => w.Word, w => w.Unit, StringComparer.OrdinalIgnoreCase);

    private static Dictionary<string, WeekdayRule> Rules(params (string Word, WeekdayRule Rule)[] words) =>
        words.ToDictionary(w => w.Word, w => w.Rule, StringComparer.OrdinalIgnoreCase);
}
