using Microsoft.Recognizers.Text.DateTime;

namespace BenefitsBot.Domain.Dates;

/// <summary>
/// What <see cref="DatesOnlyMergedConfiguration"/> and <see cref="DatesOnlyCjkMergedConfiguration"/> share: the culture's options, its
/// date period, duration, holiday and date-time extractors, and no extractor for times, time periods, date-time periods or sets. The
/// date-time extractor stays so that a phrase such as "30 minuten later" still covers the date words inside it, as in the full model.
/// </summary>
internal abstract class DatesOnlyConfiguration(
    IDateTimeOptionsConfiguration inner, IDateTimeExtractor datePeriod, IDateTimeExtractor duration, IDateTimeExtractor holiday, IDateTimeExtractor dateTime)
{
    public IDateTimeExtractor DatePeriodExtractor { get; } = datePeriod;

    public IDateTimeExtractor DurationExtractor { get; } = duration;

    public IDateTimeExtractor HolidayExtractor { get; } = holiday;

    public IDateTimeExtractor DateTimeExtractor { get; } = dateTime;

    public IDateTimeExtractor TimeExtractor { get; } = DatesOnlyModel.NoExtractor.Instance;

    public IDateTimeExtractor TimePeriodExtractor { get; } = DatesOnlyModel.NoExtractor.Instance;

    public IDateTimeExtractor DateTimePeriodExtractor { get; } = DatesOnlyModel.NoExtractor.Instance;

    public IDateTimeExtractor SetExtractor { get; } = DatesOnlyModel.NoExtractor.Instance;

    public DateTimeOptions Options => inner.Options;

    public bool DmyDateFormat => inner.DmyDateFormat;

    public string LanguageMarker => inner.LanguageMarker;

    public string Culture => inner.Culture;
}
