using System.Globalization;

namespace BenefitsBot.Domain.Rules;

/// <summary>One language's text table: how it writes a date and each message.</summary>
/// <param name="Language">en, sv, nl or zh-TW.</param>
/// <param name="Culture">Culture used for month names.</param>
/// <param name="DateFormat">Custom date format, e.g. "d MMMM yyyy".</param>
/// <param name="Messages">Every <see cref="RuleMessage"/> in this language.</param>
public sealed record LanguageTexts(string Language, string Culture, string DateFormat, IReadOnlyDictionary<RuleMessage, string> Messages)
{
    public string FormatDate(DateOnly date) => date.ToString(DateFormat, CultureInfo.GetCultureInfo(Culture));
}
