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
            Culture.EnglishOthers => English(new BaseDateTimeOptionsConfiguration(culture, OwnCache(culture), dmyDateFormat: true)),
            Culture.Dutch => Western(new DutchMergedParserConfiguration(Options(culture)), new DutchMergedExtractorConfiguration(Options(culture))),
            Culture.Chinese => Chinese(Options(culture)),
            // the library's fallback for a culture it has no DateTimeModel for (Swedish) is its English one
            _ => English(Options(Culture.English)),
        };
        model.SetCultureInfo(culture);
        return model;
    }

    private static BaseDateTimeOptionsConfiguration Options(string culture) => new(culture, OwnCache(culture));

    /// <summary>The cultures we build models for, in the order of their cache bits (see <see cref="OwnCache"/>).</summary>
    private static readonly string[] CachedCultures = [Culture.English, Culture.EnglishOthers, Culture.Dutch, Culture.Chinese];

    /// <summary>First bit that no <see cref="DateTimeOptions"/> value uses (NoProtoCache is 16, TasksMode 1 &lt;&lt; 20).</summary>
    private const int FirstUnusedOptionBit = 5;

    /// <summary>
    /// Options with a bit of the culture's own. The library's date and date-period extractors share one static results cache keyed
    /// by the options, a language marker (empty for English and Dutch), the text and the reference day, so after the Dutch model read
    /// "q1-2019" the English one was handed the Dutch reading (the year alone). The library reads only the bits it defines, so an
    /// unused one changes nothing but the key. Turning the cache off (NoProtoCache) instead made a cued question about four times
    /// slower: one extraction reads the same text through several extractors, each of which the cache answers after the first.
    /// </summary>
    private static DateTimeOptions OwnCache(string culture) => Array.IndexOf(CachedCultures, culture) is var index and >= 0
        ? (DateTimeOptions)(1 << (FirstUnusedOptionBit + index))
        : throw new ArgumentOutOfRangeException(nameof(culture), culture, "no cache bit for this culture");

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
