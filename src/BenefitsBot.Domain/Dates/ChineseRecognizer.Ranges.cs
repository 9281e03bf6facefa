using System.Text.RegularExpressions;

namespace BenefitsBot.Domain.Dates;

internal sealed partial class ChineseRecognizer
{
    private static readonly Regex Join = new(@"^\s*(?:到|至|-|－|~|～|—|–|和)\s*$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    /// <summary>"X和Y之间" is a range only with 之间/间 after it; "X和Y" alone is two dates.</summary>
    private static readonly Regex BetweenSuffix = new(@"\G\s*之?间", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    private static readonly Regex MonthDayOnly = new($@"^(?<m>{Num})\s*月\s*(?<d>{Num})\s*[日号]?$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    private static readonly Regex DayOnly = new($@"^(?<d>{Num})\s*[日号]$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>"從X到Y", "X至Y", "X-Y": one range ending (exclusive) on Y's first day; Y may leave out the year or month it shares with X.</summary>
    private static List<DateMention> JoinRanges(string text, List<DateMention> atoms)
    {
        var result = new List<DateMention>();
        for (var i = 0; i < atoms.Count; i++)
        {
            if (i + 1 < atoms.Count && TryJoin(text, atoms[i], atoms[i + 1]) is { } joined)
            {
                result.Add(joined);
                i++;
                continue;
            }

            result.Add(atoms[i]);
        }

        return result;
    }

    private static DateMention? TryJoin(string text, DateMention first, DateMention second)
    {
        var join = text[(first.Start + first.Length)..second.Start];
        var end = second.Start + second.Length;
        var between = BetweenSuffix.Match(text, end);
        if (Mentions.FirstDay(first) is not { } from || Mentions.FirstDay(second) is not { } to || !Join.IsMatch(join)
            || (join.Trim() == "和" && !between.Success))
        {
            return null;
        }

        end = join.Trim() == "和" ? between.Index + between.Length : end;

        to = Complete(text.Substring(second.Start, second.Length), from) ?? to;
        if (to <= from && !text.Substring(second.Start, second.Length).Contains('年', StringComparison.Ordinal))
        {
            to = to.AddYears(to.Year < from.Year ? from.Year - to.Year : 1);
            to = to <= from ? to.AddYears(1) : to;
        }

        if (to <= from)
        {
            return null;
        }

        var start = first.Start > 0 && text[first.Start - 1] == '从' ? first.Start - 1 : first.Start;
        return Mentions.Range(start, end - start, from, to);
    }

    /// <summary>"到十二日" and "-6月30日" take the missing year (and month) from the start of the range.</summary>
    private static DateOnly? Complete(string end, DateOnly from)
    {
        if (MonthDayOnly.Match(end) is { Success: true } md && ChineseNumerals.Parse(md.Groups["m"].Value) is { } month && ChineseNumerals.Parse(md.Groups["d"].Value) is { } day)
        {
            return Calendar.TryDate(from.Year, month, day);
        }

        return DayOnly.Match(end) is { Success: true } d && ChineseNumerals.Parse(d.Groups["d"].Value) is { } onlyDay
            ? Calendar.TryDate(from.Year, from.Month, onlyDay)
            : null;
    }
}
