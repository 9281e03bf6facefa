using System.Text.RegularExpressions;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;
using Microsoft.Recognizers.Text.DateTime.Chinese;
using Microsoft.Recognizers.Text.DateTime.Dutch;
using Microsoft.Recognizers.Text.DateTime.English;

namespace BenefitsBot.Domain.Dates;

/// <summary>
/// Microsoft.Recognizers.Text's DateTimeModel as <see cref="DateTimeRecognizer"/> registers it for each culture, with the
/// library's own merged extractor and parser, but over only the extractors whose results we read or that cover them (see
/// <see cref="DatesOnlyConfiguration"/>): times, date-time periods and sets were most of the model's time on a cue window, and a
/// mention has no shape for them. The library has no option for this (its DateTimeOptions add or skip whole steps; none leaves an
/// extractor out), hence the configurations that stand in for its own.
/// </summary>
internal static class DatesOnlyModel
{
    /// <summary>
    /// Room in Regex's static pattern cache for the patterns the library matches through it (its MatchEnd and modifier checks pass a
    /// pattern string, not a Regex): about 45 across our four cultures and our own patterns, where the default cache holds 15, so on
    /// a cued question it parsed the same patterns again on most calls.
    /// </summary>
    private const int StaticPatternCacheSize = 128;

    /// <summary>
    /// The library's configurations share static state that is not safe to build from two threads at once (its own
    /// DateTimeRecognizer builds its models under a lock, microsoft/Recognizers-Text#861); one model is built at a time here too.
    /// </summary>
    private static readonly Lock Building = new();

    public static SelectiveDateTimeModel Build(string culture)
    {
        lock (Building)
        {
            return BuildAlone(culture);
        }
    }

    private static SelectiveDateTimeModel BuildAlone(string culture)
    {
        if (Regex.CacheSize < StaticPatternCacheSize)
        {
            Regex.CacheSize = StaticPatternCacheSize;
        }

        var model = culture switch
        {
            Culture.EnglishOthers => English(new BaseDateTimeOptionsConfiguration(culture, Uncached, dmyDateFormat: true)),
            Culture.Dutch => Western(new DutchMergedParserConfiguration(Options(culture)), new DutchMergedExtractorConfiguration(Options(culture))),
            Culture.Chinese => Chinese(Options(culture)),
            // the library's fallback for a culture it has no DateTimeModel for (Swedish) is its English one
            _ => English(Options(Culture.English)),
        };
        model.SetCultureInfo(culture);
        return model;
    }

    private static BaseDateTimeOptionsConfiguration Options(string culture) => new(culture, Uncached);

    /// <summary>
    /// Without the library's static results cache: its date and date-period extractors share one cache keyed by the text, the
    /// reference day and a language marker that Dutch and English share, so after the Dutch model read "q1-2019" the English one
    /// was handed the Dutch result (the year alone) for the same text and day. Each call reads its own text again.
    /// </summary>
    private const DateTimeOptions Uncached = DateTimeOptions.NoProtoCache;

    private static SelectiveDateTimeModel English(BaseDateTimeOptionsConfiguration options) =>
        Western(new EnglishMergedParserConfiguration(options), new EnglishMergedExtractorConfiguration(options));

    private static SelectiveDateTimeModel Western(IMergedParserConfiguration parser, IMergedExtractorConfiguration extractor) =>
        new(new BaseMergedDateTimeParser(parser), new BaseMergedDateTimeExtractor(new DatesOnlyMergedConfiguration(extractor)));

    private static SelectiveDateTimeModel Chinese(BaseDateTimeOptionsConfiguration options) =>
        new(new BaseCJKMergedDateTimeParser(new ChineseMergedParserConfiguration(new ChineseCommonDateTimeParserConfiguration(options))),
            new BaseCJKMergedDateTimeExtractor(new DatesOnlyCjkMergedConfiguration(new ChineseMergedExtractorConfiguration(options))));

    /// <summary>Stands in for an extractor left out: finds nothing.</summary>
    internal sealed class NoExtractor : IDateTimeExtractor
    {
        public static readonly NoExtractor Instance = new();

        public List<ExtractResult> Extract(string text, DateTime reference) => [];

        public List<ExtractResult> Extract(string input) => [];
    }
}
