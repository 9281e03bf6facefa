using System.Text.RegularExpressions;
using Microsoft.Recognizers.Text.DateTime;

namespace BenefitsBot.Domain.Dates;

/// <summary>The Chinese merged extractor configuration with only the extractors <see cref="DatesOnlyModel"/> keeps.</summary>
internal sealed class DatesOnlyCjkMergedConfiguration(ICJKMergedExtractorConfiguration inner) :
    DatesOnlyConfiguration(inner, inner.DatePeriodExtractor, inner.DurationExtractor, inner.HolidayExtractor, inner.DateTimeExtractor), ICJKMergedExtractorConfiguration
{
    public IDateTimeExtractor DateExtractor => inner.DateExtractor;

    public Regex AfterRegex => inner.AfterRegex;

    public Regex BeforeRegex => inner.BeforeRegex;

    public Regex UnspecificDatePeriodRegex => inner.UnspecificDatePeriodRegex;

    public Regex SinceSuffixRegex => inner.SinceSuffixRegex;

    public Regex SincePrefixRegex => inner.SincePrefixRegex;

    public Regex AroundSuffixRegex => inner.AroundSuffixRegex;

    public Regex AroundPrefixRegex => inner.AroundPrefixRegex;

    public Regex UntilRegex => inner.UntilRegex;

    public Regex EqualRegex => inner.EqualRegex;

    public Regex PotentialAmbiguousRangeRegex => inner.PotentialAmbiguousRangeRegex;

    public Regex AmbiguousRangeModifierPrefix => inner.AmbiguousRangeModifierPrefix;

    public Dictionary<Regex, Regex> AmbiguityFiltersDict => inner.AmbiguityFiltersDict;
}
