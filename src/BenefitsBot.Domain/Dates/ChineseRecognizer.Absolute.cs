using System.Text.RegularExpressions;

namespace BenefitsBot.Domain.Dates;

internal sealed partial class ChineseRecognizer
{
    private const string YearPart = "(?:(?<roc>民国)\\s*)?(?<y>" + Num + ")\\s*年";
    private const string DaySuffix = "\\s*[日号]";

    private static IEnumerable<PatternRule> AbsoluteRules()
    {
        yield return Rule(@"(?<y>\d{3,4})(?<s>[-/.])(?<m>\d{1,2})\k<s>(?<d>\d{1,2})(?![0-9])", (m, r) => Day(m, YearOf(m), r));
        yield return Rule(@"(?<m>\d{1,2})/(?<d>\d{1,2})(?![0-9/])", (m, r) => Day(m, null, r));
        // A year last puts the day first ("1/2/2020" is 1 February, "10/1/2017-11/2/2017" runs from 10 January), as upstream's
        // Chinese specs read it; "12-11-10" is year-month-day, as mainland software writes it.
        yield return Rule(@"(?<d>\d{1,2})/(?<m>\d{1,2})/(?<y>\d{4})(?![0-9/])", (m, r) => Day(m, YearOf(m), r));
        yield return Rule(@"(?<y>\d{2})-(?<m>\d{1,2})-(?<d>\d{1,2})(?![0-9-])", (m, r) => Day(m, YearOf(m), r));
        yield return Rule($@"(?<yw>今年|去年|明年|前年)\s*的?\s*(?<m>{Num})\s*月\s*(?<d>{Num})(?:{DaySuffix})?", (m, r) => Day(m, r.Year + YearWords[m.Groups["yw"].Value], r));
        // "明年2/4": a year word before a numeric month/day.
        yield return Rule(@"(?<yw>今年|去年|明年|前年)\s*的?\s*(?<m>\d{1,2})/(?<d>\d{1,2})(?![0-9/])", (m, r) => Day(m, r.Year + YearWords[m.Groups["yw"].Value], r));
        yield return Rule($@"{YearPart}\s*(?<m>{Num})\s*月\s*(?<d>{Num})(?:{DaySuffix})?", (m, r) => Day(m, YearOf(m), r));
        yield return Rule($@"(?<yw>今年|去年|明年|前年)\s*的?\s*(?<m>{Num})\s*月(?!\s*{Num})", (m, r) => Month(m, r.Year + YearWords[m.Groups["yw"].Value], Value(m.Groups["m"])));
        yield return Rule($@"(?<m>{Num})\s*月\s*(?<d>{Num}){DaySuffix}", (m, r) => Day(m, null, r));
        yield return Rule($@"{YearPart}\s*(?<m>{Num})\s*月", (m, _) => YearOf(m) is { } y ? Month(m, y, Value(m.Groups["m"])) : null);
        yield return Rule($@"(?<![个上下这本]|\d)(?<m>{Num})\s*月(?!\s*{Num})", (m, r) => Value(m.Groups["m"]) is { } month and >= 1 and <= 12
            ? Month(m, Calendar.LatestYearOfMonth(month, r), month) : null);
        yield return Rule(@"(?<y1>\d{4})\s*[-–~到至]\s*(?<y2>\d{4})\s*年", (m, _) => int.Parse(m.Groups["y1"].Value, System.Globalization.CultureInfo.InvariantCulture) is var from
            && int.Parse(m.Groups["y2"].Value, System.Globalization.CultureInfo.InvariantCulture) is var to && to > from
                ? Mentions.Range(m.Index, m.Length, new DateOnly(from, 1, 1), new DateOnly(to, 1, 1)) : null);
        yield return Rule(YearPart, (m, _) => YearOf(m) is { } y && (m.Groups["roc"].Success || m.Groups["y"].Value.Length == 4 || (m.Groups["y"].Value.Length == 2 && m.Groups["y"].Value.All(char.IsAsciiDigit)))
            ? Mentions.Range(m.Index, m.Length, DateUnit.Year.Period(new DateOnly(y, 1, 1), 0)) : null);
        yield return Rule($@"(?<![月\d第编单])(?<d>{Num})(?:日|号(?![楼樓码碼]))", (m, r) => Value(m.Groups["d"]) is { } d && Calendar.LatestDay(d, r) is { } date ? Mentions.Day(m.Index, m.Length, date) : null);
    }

    private static DateMention? Day(Match match, int? year, DateOnly reference)
    {
        if (Value(match.Groups["m"]) is not { } month || Value(match.Groups["d"]) is not { } day)
        {
            return null;
        }

        var date = year is { } y ? Calendar.TryDate(y, month, day) : month is >= 1 and <= 12 ? Calendar.LatestMonthDay(month, day, reference) : null;
        return date is { } found ? Mentions.Day(match.Index, match.Length, found) : null;
    }

    private static DateMention? Month(Match match, int year, int? month) =>
        month is >= 1 and <= 12 && year >= 1 ? Mentions.Range(match.Index, match.Length, new DateOnly(year, month.Value, 1), new DateOnly(year, month.Value, 1).AddMonths(1)) : null;
}
