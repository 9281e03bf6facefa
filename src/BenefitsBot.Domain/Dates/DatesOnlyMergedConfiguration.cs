using System.Text.RegularExpressions;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;
using Microsoft.Recognizers.Text.Matcher;

namespace BenefitsBot.Domain.Dates;

/// <summary>
/// A culture's merged extractor configuration (English, Dutch) with only the extractors <see cref="DatesOnlyModel"/> keeps.
/// </summary>
internal sealed class DatesOnlyMergedConfiguration(IMergedExtractorConfiguration inner) :
    DatesOnlyConfiguration(inner, inner.DatePeriodExtractor, inner.DurationExtractor, inner.HolidayExtractor, inner.DateTimeExtractor), IMergedExtractorConfiguration
{
    public IDateExtractor DateExtractor => inner.DateExtractor;

    public IDateTimeZoneExtractor TimeZoneExtractor => inner.TimeZoneExtractor;

    public IDateTimeListExtractor DateTimeAltExtractor => inner.DateTimeAltExtractor;

    public IExtractor IntegerExtractor => inner.IntegerExtractor;

    public IEnumerable<Regex> TermFilterRegexes => inner.TermFilterRegexes;

    public Regex TasksModeMentionFilters => inner.TasksModeMentionFilters;

    public Regex AfterRegex => inner.AfterRegex;

    public Regex BeforeRegex => inner.BeforeRegex;

    public Regex SinceRegex => inner.SinceRegex;

    public Regex AroundRegex => inner.AroundRegex;

    public Regex EqualRegex => inner.EqualRegex;

    public Regex FromToRegex => inner.FromToRegex;

    public Regex SingleAmbiguousMonthRegex => inner.SingleAmbiguousMonthRegex;

    public Regex AmbiguousRangeModifierPrefix => inner.AmbiguousRangeModifierPrefix;

    public Regex PotentialAmbiguousRangeRegex => inner.PotentialAmbiguousRangeRegex;

    public Regex PrepositionSuffixRegex => inner.PrepositionSuffixRegex;

    public Regex NumberEndingPattern => inner.NumberEndingPattern;

    public Regex SuffixAfterRegex => inner.SuffixAfterRegex;

    public Regex UnspecificDatePeriodRegex => inner.UnspecificDatePeriodRegex;

    public Regex UnspecificTimePeriodRegex => inner.UnspecificTimePeriodRegex;

    public Regex FailFastRegex => inner.FailFastRegex;

    public Regex YearRegex => inner.YearRegex;

    public StringMatcher SuperfluousWordMatcher => inner.SuperfluousWordMatcher;

    public Dictionary<Regex, Regex> AmbiguityFiltersDict => inner.AmbiguityFiltersDict;

    public bool CheckBothBeforeAfter => inner.CheckBothBeforeAfter;
}
