using System.Text.RegularExpressions;

namespace BenefitsBot.Domain.Dates;

public sealed partial class DateRecognizer
{
    /// <summary>Characters from the offset to the event's date told after it ("前兩天付款，期末考是 ").</summary>
    private const int ChineseEventReach = 40;

    /// <summary>
    /// Chinese: an offset from an event named before it and dated in a clause after it: 期末考的前兩天付款，期末考是6月20日;
    /// 研討會後十天兌換的，研討會在2024年3月8日; 主管到任後一週指派的，他是5月2日到任. The offset becomes that day; the event's own
    /// date is only its reference and goes. The event is known again by its last two characters, between the offset and the date
    /// or right after the date; a message naming no event twice keeps both as they were.
    /// </summary>
    private static IReadOnlyList<DateMention> ChineseAfterToldEvent(string text, IReadOnlyList<DateMention> mentions)
    {
        List<DateMention>? result = null;
        foreach (Match offset in ChineseEventOffset().Matches(text))
        {
            var list = result ?? mentions;
            var at = offset.Groups["off"];
            // The count read alone (三天) or from today (後三天, 十天後) gives way; a day read across it (中秋節後十天) is another reading
            // and stays.
            var overlapping = list.Where(m => m.Start < offset.Index + offset.Length && offset.Index < m.Start + m.Length).ToList();
            if (overlapping.Exists(m => m.Start < at.Index || m.Start + m.Length > at.Index + at.Length)
                || list.FirstOrDefault(m => m.Start >= at.Index + at.Length) is not { Kind: DateMentionKind.Date, Date: { } day } date
                || date.Start - (at.Index + at.Length) > ChineseEventReach || date.Start + date.Length > text.Length
                || ChineseSentenceEnd().IsMatch(text.AsSpan(at.Index, date.Start - at.Index))
                || ChineseNumerals.Parse(ChineseText.Normalize(offset.Groups["n"].Value)) is not { } count)
            {
                continue;
            }

            var between = text.Substring(at.Index + at.Length, date.Start - at.Index - at.Length);
            var after = text.Substring(date.Start + date.Length, Math.Min(6, text.Length - date.Start - date.Length));
            if (!EventNames(offset.Groups["event"].Value).Any(name => between.Contains(name, StringComparison.Ordinal) || after.Contains(name, StringComparison.Ordinal)))
            {
                continue;
            }

            var span = ChineseRecognizer.UnitOf(offset.Groups["u"].Value).Times(count);
            result ??= [.. mentions];
            result.Remove(date);
            result.RemoveAll(overlapping.Contains);
            result.Add(Mentions.Day(at.Index, at.Length, Calendar.Add(day, span, offset.Groups["before"].Success ? -1 : 1)));
            result.Sort((a, b) => a.Start.CompareTo(b.Start));
        }

        return result ?? mentions;
    }

    /// <summary>
    /// The two-character words the event may be named by again: its last two characters, or any two of its last four when a Latin
    /// name ends it (加入MPN十天後 … 加入日是 …).
    /// </summary>
    private static IEnumerable<string> EventNames(string name)
    {
        var chinese = LatinTail().Replace(name, string.Empty);
        if (chinese.Length < 2)
        {
            yield break;
        }

        var windows = chinese.Length == name.Length ? 1 : Math.Min(3, chinese.Length - 1);
        for (var i = 0; i < windows; i++)
        {
            yield return chinese.Substring(chinese.Length - 2 - i, 2);
        }
    }

    [GeneratedRegex(@"[A-Za-z0-9]+$")]
    private static partial Regex LatinTail();

    /// <summary>
    /// An event of two to eight characters (a Latin name may end it: 加入MPN), then 的前三天, 後五天, 之後一週, 前兩個月, or the count
    /// first: 十天後, 三天前, 一週之後.
    /// </summary>
    [GeneratedRegex(@"(?<event>\p{IsCJKUnifiedIdeographs}{2,8}?(?:[A-Za-z][A-Za-z0-9]{0,15})?)(?<off>的?\s*(?:(?:(?<before>前|之前|以前)|後|后|之後|之后|以後|以后|過後|过后)\s*(?<n>[0-9０-９一二兩两三四五六七八九十]+)\s*(?:個|个)?\s*(?<u>天|日|週|周|星期|禮拜|礼拜|月)|(?<n>[0-9０-９一二兩两三四五六七八九十]+)\s*(?:個|个)?\s*(?<u>天|日|週|周|星期|禮拜|礼拜|月)\s*(?:(?<before>前|之前|以前)|後|后|之後|之后|以後|以后|過後|过后)))(?![前後后])")]
    private static partial Regex ChineseEventOffset();

    [GeneratedRegex(@"[。！？!?\n]")]
    private static partial Regex ChineseSentenceEnd();
}
