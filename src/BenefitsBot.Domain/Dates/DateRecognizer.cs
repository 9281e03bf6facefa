namespace BenefitsBot.Domain.Dates;

/// <summary>
/// Finds dates, date ranges and durations in English, Swedish, Dutch and Chinese text, resolved against a reference day.
/// Hand-written because Microsoft.Recognizers.Text is not on this machine's NuGet feed; it follows that library's
/// conventions (exclusive range ends, "next Friday" = Friday of next week) so its specs and JS package can check it.
/// A date written without a year (or a bare weekday, month or day of the month) resolves to the latest occurrence on or before
/// the reference day; see <see cref="Calendar.LatestMonthDay"/>.
/// Thread-safe: construct once and reuse.
/// </summary>
public sealed class DateRecognizer
{
    private readonly WesternRecognizer english = new(LanguageProfiles.English(monthFirst: true));
    private readonly WesternRecognizer englishDayFirst = new(LanguageProfiles.English(monthFirst: false));
    private readonly WesternRecognizer swedish = new(LanguageProfiles.Swedish());
    private readonly WesternRecognizer dutch = new(LanguageProfiles.Dutch());
    private readonly ChineseRecognizer chinese = new();

    /// <param name="text">What the user typed.</param>
    /// <param name="language">"en", "sv", "nl", "zh-TW" or a culture name such as "en-US", "en-GB", "sv-SE", "nl-NL", "zh-CN", "zh-Hant".
    /// English numeric dates are month first for "en" and "en-US", day first for the other English cultures.</param>
    /// <param name="reference">The day to treat as today.</param>
    public IReadOnlyList<DateMention> Recognize(string text, string language, DateOnly reference)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(language);
        var culture = language.Trim().Replace('_', '-').ToLowerInvariant();
        var primary = culture.Split('-')[0];
        return primary switch
        {
            "en" => (culture is "en" or "en-us" ? english : englishDayFirst).Recognize(text, reference),
            "sv" => swedish.Recognize(text, reference),
            "nl" => dutch.Recognize(text, reference),
            "zh" => chinese.Recognize(text, reference),
            _ => throw new ArgumentException($"Unsupported language '{language}'.", nameof(language)),
        };
    }
}
