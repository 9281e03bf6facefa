using System.Text.RegularExpressions;

namespace BenefitsBot.Domain.Dates;

/// <summary>Chinese (Traditional and Simplified) dates: 年/月/日/號, Chinese numerals, 民國 years, 上週二, 三天前, 上個月10號, ranges with 從…到….</summary>
internal sealed partial class ChineseRecognizer
{
    private const string Num = ChineseNumerals.Pattern;
    private readonly IReadOnlyList<PatternRule> rules;

    public ChineseRecognizer() => rules = [.. AbsoluteRules(), .. RelativeRules(), .. HolidayRules(), .. MonthDayRules()];

    public IReadOnlyList<DateMention> Recognize(string text, DateOnly reference)
    {
        var normalized = ChineseText.Normalize(text);
        var titles = TitleSpans(normalized);
        var atoms = Mentions.SelectLongest(rules.SelectMany(rule => rule.FindAll(normalized, reference))
            .Where(m => !titles.Exists(t => m.Start >= t.Start && m.Start < t.End)));
        return PartSpans(normalized, EndedNextDaySpans(normalized, EdgeSpans(normalized, QuarterSpans(normalized, JoinRanges(normalized, AbsorbWeekdayNotes(normalized, atoms)), reference))));
    }

    /// <summary>Chinese has no spaces, so only a digit before a match bounds it: 2020 never starts inside 12020 (今年18 still finds 今年).</summary>
    private static PatternRule Rule(string pattern, Func<Match, DateOnly, DateMention?> resolve) =>
        new(new Regex("(?<![0-9])(?:" + pattern + ")", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)), resolve);

    /// <summary>Text inside book-title marks 《…》 is a title (《明日之后》 is a game), never a date.</summary>
    private static List<(int Start, int End)> TitleSpans(string text)
    {
        var spans = new List<(int Start, int End)>();
        for (var open = text.IndexOf('《', StringComparison.Ordinal); open >= 0; open = text.IndexOf('《', open + 1))
        {
            var close = text.IndexOf('》', open + 1);
            spans.Add((open, close < 0 ? text.Length : close));
        }

        return spans;
    }

    private static int? Value(Group group) => group.Success ? ChineseNumerals.Parse(group.Value) : null;

    /// <summary>
    /// 民國 years add 1911, and so does a bare three-digit year ("114年9月1日", "114/9/1"), as written in Taiwan;
    /// a two-digit year is 20xx below 50, else 19xx ("08年", "18年").
    /// </summary>
    private static int? YearOf(Match match)
    {
        if (Value(match.Groups["y"]) is not { } year)
        {
            return null;
        }

        if (match.Groups["roc"].Success || (match.Groups["y"].Value.Length == 3 && year is >= 1 and < 200))
        {
            return year + 1911;
        }

        return match.Groups["y"].Value.Length <= 2 ? (year < 50 ? 2000 + year : 1900 + year) : year;
    }
}
