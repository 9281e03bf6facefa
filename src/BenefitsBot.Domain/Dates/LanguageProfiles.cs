namespace BenefitsBot.Domain.Dates;

/// <summary>Word tables for English, Swedish and Dutch.</summary>
internal static partial class LanguageProfiles
{
    private static Dictionary<string, int> Words(params (string Word, int Value)[] words) =>
        words.ToDictionary(w => w.Word, w => w.Value, StringComparer.OrdinalIgnoreCase);

    private static Dictionary<string, DateUnit> Units(params (string Word, DateUnit Unit)[] words) =>
        words.ToDictionary(w => w.Word, w => w.Unit, StringComparer.OrdinalIgnoreCase);

    private static Dictionary<string, WeekdayRule> Rules(params (string Word, WeekdayRule Rule)[] words) =>
        words.ToDictionary(w => w.Word, w => w.Rule, StringComparer.OrdinalIgnoreCase);
}
