using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;
using Microsoft.Recognizers.Text.DateTime.Chinese;
using Microsoft.Recognizers.Text.DateTime.Dutch;
using Microsoft.Recognizers.Text.DateTime.English;

namespace BenefitsBot.Domain.Dates;

/// <summary>
/// Microsoft.Recognizers.Text's DateTimeModel as <see cref="DateTimeRecognizer"/> registers it for each culture, with the library's own
/// merged extractor and parser, but run over only the extractors whose results we read (date, date period, duration, holiday):
/// times, date-times, their periods and sets were most of the model's time on a cue window, and a mention has no shape for them.
/// The library has no option for this (its DateTimeOptions add or skip whole steps; none leaves an extractor out), hence the configurations below.
/// </summary>
internal static class DatesOnlyModel
{
    public static DateTimeModel Build(string culture)
    {
        var model = culture switch
        {
            Culture.EnglishOthers => Western(new BaseDateTimeOptionsConfiguration(culture, DateTimeOptions.None, dmyDateFormat: true)),
            Culture.Dutch => Western(new BaseDateTimeOptionsConfiguration(culture, DateTimeOptions.None), dutch: true),
            Culture.Chinese => Chinese(new BaseDateTimeOptionsConfiguration(culture, DateTimeOptions.None)),
            // the library's fallback for a culture it has no DateTimeModel for (Swedish) is its English one
            _ => Western(new BaseDateTimeOptionsConfiguration(Culture.English, DateTimeOptions.None)),
        };
        model.SetCultureInfo(culture);
        return model;
    }

    private static DateTimeModel Western(BaseDateTimeOptionsConfiguration options, bool dutch = false) => dutch
        ? new(new BaseMergedDateTimeParser(new DutchMergedParserConfiguration(options)), new BaseMergedDateTimeExtractor(new DatesOnlyMergedConfiguration(new DutchMergedExtractorConfiguration(options))))
        : new(new BaseMergedDateTimeParser(new EnglishMergedParserConfiguration(options)), new BaseMergedDateTimeExtractor(new DatesOnlyMergedConfiguration(new EnglishMergedExtractorConfiguration(options))));

    private static DateTimeModel Chinese(BaseDateTimeOptionsConfiguration options) =>
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
