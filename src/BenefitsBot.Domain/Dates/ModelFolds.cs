using System.Text.RegularExpressions;

namespace BenefitsBot.Domain.Dates;

/// <summary>
/// Text as the official model reads it, of the same length so that its spans still apply. "Het tweede kalenderkwartaal" names the
/// quarter the model takes anyway (of the calendar year), but with the qualifier it reads no date at all. (English "calendar Q1" is
/// read by our edges instead, <see cref="LanguageProfile.PeriodQualifier"/>: the model reads "Q1" alone there.)
/// </summary>
internal static partial class ModelFolds
{
    public static string Dutch(string text) => Blank(DutchCalendar(), text);

    private static string Blank(Regex qualifier, string text) =>
        qualifier.IsMatch(text) ? qualifier.Replace(text, static m => new string(' ', m.Length)) : text;

    [GeneratedRegex(@"\bkalender(?=kwarta|jaar|halfjaar)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DutchCalendar();
}
