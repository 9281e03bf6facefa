using System.Globalization;
using System.Text.RegularExpressions;
using BenefitsBot.Domain.Dates;

namespace BenefitsBot.Domain.Tests.Rules;

/// <summary>
/// TEST-ONLY stand-in for the real DateRecognizer: finds ISO dates (yyyy-mm-dd) and nothing else, so dev-set lines written with
/// ISO dates can be run end to end here without hard-coding any mention. The real recognizer is evaluated after merge.
/// </summary>
internal static partial class IsoDateMentions
{
    [GeneratedRegex(@"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")]
    private static partial Regex IsoDate();

    public static IReadOnlyList<DateMention> Find(string text) =>
        IsoDate().Matches(text)
            .Select(m => new DateMention(m.Index, m.Length, DateMentionKind.Date,
                DateOnly.ParseExact(m.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture)))
            .ToList();
}
