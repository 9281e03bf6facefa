using System.Text.RegularExpressions;
using Microsoft.Recognizers.Text;

namespace BenefitsBot.Domain.Dates;

/// <summary>
/// Finds dates, date ranges and durations in English, Swedish, Dutch and Chinese text, resolved against a reference day.
/// Which reads what follows from running both side by side on the library's own spec suites and our dev questions
/// (RecognizerComparisonTests): Microsoft.Recognizers.Text's DateTimeModel reads the phrases <see cref="OfficialCues"/> hands it
/// (holidays the package knows and we do not, period edges, quarters, numbered weeks), where ours read almost none right; the rest stays
/// ours: on plain dates its Dutch model is no better, its English one is better on the upstream suites but worse on how people type
/// ("Sep 1, '20", "septmber 1 2020", "the last day to pay" read as yesterday), and its Chinese model costs a hundred times ours.
/// Swedish, which its model barely reads, 民國 years and Traditional forms stay ours. Both follow that library's conventions (exclusive range ends, "next Friday" = Friday of next week).
/// A date written without a year (or a bare weekday, month or day of the month) resolves to the latest occurrence on or before
/// the reference day; see <see cref="Calendar.LatestMonthDay"/>.
/// Thread-safe: construct once and reuse. Construction is free; each language builds its patterns and model on its first call.
/// </summary>
public sealed partial class DateRecognizer
{
    /// <summary>The writer says their numeric dates put the day first ("01/07/2020 (dd/mm)", "European format").</summary>
    [GeneratedRegex(@"\b(dd[-/.]mm|day[- ]first|european (date )?format)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex SaysDayFirst();

    // Each language builds on first use, so starting the bot costs nothing and a language nobody writes in costs nothing.
    private readonly Lazy<LanguageDates> english = new(() => Western(LanguageProfiles.English(monthFirst: true), Culture.English, OfficialCues.English(), fold: null));
    private readonly Lazy<LanguageDates> englishDayFirst = new(() => Western(LanguageProfiles.English(monthFirst: false), Culture.EnglishOthers, OfficialCues.English(), fold: null));
    private readonly Lazy<LanguageDates> swedish = new(() => new(new WesternRecognizer(LanguageProfiles.Swedish()).Recognize, new(Culture.Swedish), cues: null));
    private readonly Lazy<LanguageDates> dutch = new(() => Western(LanguageProfiles.Dutch(), Culture.Dutch, OfficialCues.Dutch(), ModelFolds.Dutch));
    private readonly Lazy<LanguageDates> chinese = new(() => new(new ChineseRecognizer().Recognize, new(Culture.Chinese), OfficialCues.Chinese(), ChineseText.Normalize, ChineseRecognizer.Edges));

    private static LanguageDates Western(LanguageProfile profile, string culture, CuePattern cues, Func<string, string>? fold)
    {
        var ours = new WesternRecognizer(profile);
        return new(ours.Recognize, new(culture), cues, fold, ours.Edges);
    }

    /// <param name="text">What the user typed.</param>
    /// <param name="language">"en", "sv", "nl", "zh-TW" or a culture name such as "en-US", "en-GB", "sv-SE", "nl-NL", "zh-CN", "zh-Hant".
    /// English numeric dates are month first for "en" and "en-US" (unless the text says "dd/mm"), day first for the other English cultures.</param>
    /// <param name="reference">The day to treat as today.</param>
    /// <returns>The mentions in the first <see cref="QuestionText.MaxAnalyzedLength"/> characters; none when a pattern ran out of time.</returns>
    public IReadOnlyList<DateMention> Recognize(string text, string language, DateOnly reference) =>
        Run(text, language, reference, static (dates, cut, day) => dates.Combined(cut, day));

    /// <summary>Our patterns alone, for comparing with the model.</summary>
    internal IReadOnlyList<DateMention> RecognizeOurs(string text, string language, DateOnly reference) =>
        Run(text, language, reference, static (dates, cut, day) => dates.Ours(cut, day));

    /// <summary>Microsoft.Recognizers.Text's DateTimeModel alone (Chinese folded to Simplified), for comparing with ours.</summary>
    internal IReadOnlyList<DateMention> RecognizeOfficial(string text, string language, DateOnly reference) =>
        Run(text, language, reference, static (dates, cut, day) => dates.Official(cut, day));

    /// <summary>Whether the text hands a phrase to the model (one of its language's <see cref="OfficialCues"/> matches), for the benchmark.</summary>
    internal bool IsCued(string text, string language) => Dates(text, language).Value.IsCued(QuestionText.Cut(text));

    private IReadOnlyList<DateMention> Run(string text, string language, DateOnly reference, Func<LanguageDates, string, DateOnly, IReadOnlyList<DateMention>> recognize)
    {
        var dates = Dates(text, language);
        var culture = language.Trim().Replace('_', '-').ToLowerInvariant();
        // A text that runs out of time twice is no date question, and must not fail the turn.
        var cut = QuestionText.Cut(text);
        var lang = culture.Split('-')[0];
        return PatternTimeouts.RetryOnce<IReadOnlyList<DateMention>>(
            () => WithCarriedYear(cut, SequelDays(cut, lang, InQuotedNote(cut, Narrated(cut, lang, reference, AfterToldEvent(cut, lang, AfterRestatedEvent(cut, lang, NextToTold(cut, lang, InWeekOf(cut, lang, InYearsAgo(cut, reference, ElapsedSince(cut, reference, WithYearInWords(cut, lang, recognize(dates.Value, cut, reference)))))))), dates.Value.Ours), dates.Value.Ours)), reference), () => []);
    }

    private Lazy<LanguageDates> Dates(string text, string language)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(language);
        var culture = language.Trim().Replace('_', '-').ToLowerInvariant();
        return culture.Split('-')[0] switch
        {
            "en" => culture is "en" or "en-us" && !SaysDayFirst().IsMatch(text) ? english : englishDayFirst,
            "sv" => swedish,
            "nl" => dutch,
            "zh" => chinese,
            _ => throw new ArgumentException($"Unsupported language '{language}'.", nameof(language)),
        };
    }
}
