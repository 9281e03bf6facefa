using System.Text.RegularExpressions;

namespace BenefitsBot.Domain.Dates;

public sealed partial class DateRecognizer
{
    /// <summary>
    /// A weekday told by its neighbour: "the Friday before Thanksgiving", "måndagen efter påsk", "de maandag na Pasen" (the nearest
    /// such day strictly before or after), and in Chinese a day one off: 跨年夜的前一天, 國慶日隔天. The mention then spans both
    /// phrases. "The day before / after" in the other languages is read with its event (<see cref="AfterToldEvent"/>).
    /// </summary>
    private static IReadOnlyList<DateMention> NextToTold(string text, string language, IReadOnlyList<DateMention> mentions)
    {
        List<DateMention>? result = null;
        for (var i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            if (mention is not { Kind: DateMentionKind.Date, Date: { } day } || mention.Start + mention.Length > text.Length)
            {
                continue;
            }

            DateMention? moved = null;
            if (language == "zh")
            {
                var after = ChineseNextDay().Match(text, mention.Start + mention.Length, Math.Min(8, text.Length - mention.Start - mention.Length));
                var offset = ChineseOffset().Match(text, mention.Start + mention.Length, Math.Min(24, text.Length - mention.Start - mention.Length));
                var weekdayNext = ChineseWeekdayNext().Match(text, mention.Start + mention.Length, Math.Min(16, text.Length - mention.Start - mention.Length));
                if (weekdayNext.Success)
                {
                    moved = Mentions.Day(mention.Start, weekdayNext.Index + weekdayNext.Length - mention.Start,
                        NearestWeekday(day, ChineseRecognizer.IsoWeekday(weekdayNext.Groups["wd"].Value), weekdayNext.Groups["before"].Success ? -1 : 1));
                }
                else if (after.Success)
                {
                    moved = Mentions.Day(mention.Start, after.Index + after.Length - mention.Start, day.AddDays(after.Groups["before"].Success ? -1 : 1));
                }
                else if (offset.Success && ChineseNumerals.Parse(ChineseText.Normalize(offset.Groups["n"].Value)) is { } count)
                {
                    var span = ChineseRecognizer.UnitOf(offset.Groups["u"].Value).Times(count);
                    moved = Mentions.Day(mention.Start, offset.Index + offset.Length - mention.Start, Calendar.Add(day, span, offset.Groups["before"].Success ? -1 : 1));
                }
            }
            else
            {
                var lead = text.AsSpan(Math.Max(0, mention.Start - 32), Math.Min(32, mention.Start)).ToString();
                var before = WesternNextDay.Match(lead);
                if (before.Success)
                {
                    var target = NearestWeekday(day, WeekdayNumbers[before.Groups["wd"].Value], before.Groups["before"].Success ? -1 : 1);
                    var start = mention.Start - lead.Length + before.Index;
                    moved = Mentions.Day(start, mention.Start + mention.Length - start, target);
                }
            }

            if (moved is not null)
            {
                result ??= [.. mentions];
                result[i] = moved;
            }
        }

        // The weekday read alone inside "the Friday before Thanksgiving" goes with it.
        return result is null ? mentions
            : [.. result.Where(m => !result.Exists(o => !ReferenceEquals(o, m) && o.Start <= m.Start && m.Start + m.Length <= o.Start + o.Length && o.Length > m.Length))];
    }

    /// <summary>The nearest <paramref name="isoDay"/> strictly before (sign -1) or after (sign 1) <paramref name="day"/>.</summary>
    private static DateOnly NearestWeekday(DateOnly day, int isoDay, int sign)
    {
        var candidate = day.AddDays(sign);
        while (Calendar.IsoDay(candidate) != isoDay)
        {
            candidate = candidate.AddDays(sign);
        }

        return candidate;
    }

    /// <summary>Full weekday names of the English, Swedish and Dutch profiles ("friday", "fredagen", "vrijdag") and their ISO numbers.</summary>
    private static readonly Dictionary<string, int> WeekdayNumbers = LanguageProfiles.English(monthFirst: true).Weekdays
        .Concat(LanguageProfiles.Swedish().Weekdays).Concat(LanguageProfiles.Dutch().Weekdays)
        .Where(w => w.Key.Length >= 6) // full names only: "sun", "sat", "wed" are words too
        .DistinctBy(w => w.Key, StringComparer.OrdinalIgnoreCase)
        .ToDictionary(w => w.Key, w => w.Value, StringComparer.OrdinalIgnoreCase);

    /// <summary>"The Friday before", "fredagen före", "de vrijdag voor", right before a date.</summary>
    private static readonly Regex WesternNextDay = new(
        $@"\b(?:the\s+|de\s+)?(?<wd>{PatternRule.Alternation(WeekdayNumbers.Keys)})\s+(?:(?<before>before|före|innan|voor|vóór)|after|efter|na)\s+$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>
    /// "(the) day after …", "dagen efter …", "de dag na …", or a weekday so ("the Monday after …", "fredagen efter …"), before the
    /// event's date (no sentence end, not "that"); the event's date may follow its name (<see cref="EventDatedAfter"/>).
    /// </summary>
    /// <remarks>Here, after <see cref="WeekdayNumbers"/>, which it is built from: statics initialize in declaration order.</remarks>
    private static readonly Regex DayAfterGap = new(
        $@"\b(?:the\s+|de\s+)?(?:day|morning|evening|dagen|morgonen|kvällen|dag|ochtend|avond|(?<wd>{PatternRule.Alternation(WeekdayNumbers.Keys)}))\s+(?:(?<before>before|före|innan|voor|vóór|voordat)|after|efter|na|nadat)\s+(?!(?:that|this|det|detta|dat|dit|dien)\b)" + NotOwnActOnIt + $@"[^,.;:?!\n\d]{{0,80}}" + EventDatedAfter + "$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>
    /// Chinese: a count of days, weeks, months or years before or after a date, right after it ("端午節前三天", "大年初一後一週",
    /// "國慶日過後十天", "兒童節（4/4）前五天": a bracketed restatement may stand between, or the date itself be the restatement, "兒童節（4/4）
    /// 的前五天"; "exactly" may precede the count, "春節過後正好十天"), or the count first after 的 ("6月1日的三天後", "元旦的7天前").
    /// </summary>
    [GeneratedRegex(@"\G[）)]?\s*(?:[（(][^）)]{1,16}[）)])?\s*(?:的?\s*(?:(?<before>前|之前|以前)|後|后|之後|之后|以後|以后|過後|过后)\s*(?:剛好|刚好|正好|整整|恰好)?\s*(?<n>[0-9０-９一二兩两三四五六七八九十]+)\s*(?:個|个)?\s*(?<u>天|日|週|周|星期|禮拜|礼拜|月|年)(?!前|後|后)|的\s*(?<n>[0-9０-９一二兩两三四五六七八九十]+)\s*(?:個|个)?\s*(?<u>天|日|週|周|星期|禮拜|礼拜|月|年)\s*(?:(?<before>前|之前|以前)|後|后|之後|之后|以後|以后))")]
    private static partial Regex ChineseOffset();

    /// <summary>Chinese: the weekday after (or before) a date: "端午節後的那個星期三", "國慶日前的週五", "研討會（5月3日）之後的第一個星期一".</summary>
    [GeneratedRegex(@"\G[）)]?\s*(?:之|以)?(?:(?<before>前)|後|后|過後|过后)的?\s*(?:那個|那个|第一個|第一个|第一|下一個|下一个)?\s*(?:星期|週|周|禮拜|礼拜)(?<wd>[一二三四五六日天])")]
    private static partial Regex ChineseWeekdayNext();

    /// <summary>
    /// Chinese: 的前一天, 前一天, 的隔天, 後一天 right after a date, or after a short event named with the date ("兩個月前年會的隔天":
    /// the day after the year-end party two months ago); a bracketed restatement may stand between ("勞動節（5/1）隔天").
    /// </summary>
    [GeneratedRegex(@"\G[）)]?\s*(?:[（(][^）)]{1,16}[）)])?\s*(?:\p{IsCJKUnifiedIdeographs}{1,6}的)?\s*的?\s*(?:(?<before>前一天|前一日)|後一天|后一天|隔天|隔日|翌日)")]
    private static partial Regex ChineseNextDay();
}
