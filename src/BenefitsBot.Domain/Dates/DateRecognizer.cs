using System.Text.RegularExpressions;

namespace BenefitsBot.Domain.Dates;

/// <summary>
/// Finds dates, date ranges and durations in English, Swedish, Dutch and Chinese text, resolved against a reference day.
/// Hand-written because Microsoft.Recognizers.Text is not on this machine's NuGet feed; it follows that library's
/// conventions (exclusive range ends, "next Friday" = Friday of next week) so its specs and JS package can check it.
/// A date written without a year (or a bare weekday, month or day of the month) resolves to the latest occurrence on or before
/// the reference day; see <see cref="Calendar.LatestMonthDay"/>.
/// Thread-safe: construct once and reuse. Construction is free; each language builds its patterns on its first call.
/// </summary>
public sealed class DateRecognizer
{
    // Each language builds its patterns on first use, so starting the bot costs nothing and a language nobody writes in costs nothing.
    private readonly Lazy<WesternRecognizer> english = new(() => new(LanguageProfiles.English(monthFirst: true)));
    private readonly Lazy<WesternRecognizer> englishDayFirst = new(() => new(LanguageProfiles.English(monthFirst: false)));
    private readonly Lazy<WesternRecognizer> swedish = new(() => new(LanguageProfiles.Swedish()));
    private readonly Lazy<WesternRecognizer> dutch = new(() => new(LanguageProfiles.Dutch()));
    private readonly Lazy<ChineseRecognizer> chinese = new(() => new());

    /// <param name="text">What the user typed.</param>
    /// <param name="language">"en", "sv", "nl", "zh-TW" or a culture name such as "en-US", "en-GB", "sv-SE", "nl-NL", "zh-CN", "zh-Hant".
    /// English numeric dates are month first for "en" and "en-US", day first for the other English cultures.</param>
    /// <param name="reference">The day to treat as today.</param>
    /// <returns>The mentions in the first <see cref="QuestionText.MaxAnalyzedLength"/> characters; none when a pattern ran out of time.</returns>
    public IReadOnlyList<DateMention> Recognize(string text, string language, DateOnly reference)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(language);
        var culture = language.Trim().Replace('_', '-').ToLowerInvariant();
        var primary = culture.Split('-')[0];
        Func<string, DateOnly, IReadOnlyList<DateMention>> recognize = primary switch
        {
            "en" => (culture is "en" or "en-us" ? english : englishDayFirst).Value.Recognize,
            "sv" => swedish.Value.Recognize,
            "nl" => dutch.Value.Recognize,
            "zh" => chinese.Value.Recognize,
            _ => throw new ArgumentException($"Unsupported language '{language}'.", nameof(language)),
        };
        try
        {
            return recognize(QuestionText.Cut(text), reference);
        }
        catch (RegexMatchTimeoutException)
        {
            // Every pattern has a timeout; a text that reaches one is no date question, and must not fail the turn.
            return [];
        }
    }
}
