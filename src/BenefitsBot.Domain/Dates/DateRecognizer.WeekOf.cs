using System.Text.RegularExpressions;

namespace BenefitsBot.Domain.Dates;

public sealed partial class DateRecognizer
{
    /// <summary>
    /// Characters before a date searched for the phrase that places a weekday in its week: "on the Wednesday of the week before" is
    /// 35, with an event named between ("the Monday of the week after the trade fair, which was") up to about 120.
    /// </summary>
    private const int WeekLeadWindow = 128;

    /// <summary>
    /// A weekday in the week of a date, or in the week after or before it: "the Wednesday of the week of May 4", "the Friday the
    /// week after 9 June", "the week before October 2nd, on the Monday", "torsdagen i veckan efter den 7 april", "veckan före
    /// den 1 juni, på tisdagen", "de maandag van de week na 3 juli", "in de week van 8 mei, op de vrijdag",
    /// 9月8日那一週的星期二, 4月1日後一週的週四. Weeks start on Monday (ISO 8601, as in Sweden, the Netherlands and Taiwan; a US
    /// week differs only for a Sunday). Read before <see cref="NextToTold"/>, which would take 前一週 for seven days before.
    /// </summary>
    private static IReadOnlyList<DateMention> InWeekOf(string text, string language, IReadOnlyList<DateMention> mentions)
    {
        List<DateMention>? result = null;
        foreach (var mention in mentions)
        {
            if (mention.Start + mention.Length > text.Length || (language == "zh" ? ChineseWeekday(text, mention) : WesternWeekday(text, mention)) is not { } placed)
            {
                continue;
            }

            result ??= [.. mentions];
            result.RemoveAll(m => m.Start < placed.Start + placed.Length && placed.Start < m.Start + m.Length);
            result.Add(placed);
        }

        result?.Sort((a, b) => a.Start.CompareTo(b.Start));
        return result ?? mentions;
    }

    private static DateMention? WesternWeekday(string text, DateMention mention)
    {
        // The model reads "the week of May 4" as that week: its first day stands for the date.
        var dateStart = mention.Start;
        DateOnly day;
        if (mention is { Kind: DateMentionKind.Date, Date: { } date })
        {
            day = date;
        }
        else if (mention is { Kind: DateMentionKind.DateRange, RangeStart: { } first, RangeEnd: { } last } && last == first.AddDays(7)
            && WeekOfInside.Match(text, mention.Start, mention.Length) is { Success: true } inside)
        {
            dateStart = inside.Index + inside.Length;
            // The date the week was named by ("the week of 30 November"), for moving it to another year; else its first day.
            var named = DayNumberAt().Match(text, dateStart, mention.Start + mention.Length - dateStart);
            day = named.Success && Enumerable.Range(0, 7).Select(first.AddDays).FirstOrDefault(d => d.Day == int.Parse(named.Groups["day"].Value, System.Globalization.CultureInfo.InvariantCulture)) is { Year: > 1 } inWeek
                ? inWeek : first;
        }
        else
        {
            return null;
        }

        var leadStart = Math.Max(0, dateStart - WeekLeadWindow);
        var end = mention.Start + mention.Length;
        var lead = WesternWeekLead.Match(text, leadStart, dateStart - leadStart);
        var weekday = lead.Groups["wd"];
        if (lead.Success && !weekday.Success && WesternWeekdayAfter.Match(text, end, Math.Min(WeekLeadWindow, text.Length - end)) is { Success: true } trail)
        {
            weekday = trail.Groups["wd"];
            end = trail.Index + trail.Length;
        }

        // "the week of" right before the date may close a longer phrase: "the Friday of the week the audit ran, which was the week of …".
        if (!weekday.Success)
        {
            lead = WesternWeekEventLead.Match(text, leadStart, dateStart - leadStart);
            weekday = lead.Groups["wd"];
            if (!lead.Success)
            {
                return null;
            }
        }

        var weeks = lead.Groups["after"].Success ? 1 : lead.Groups["before"].Success ? -1 : 0;
        return InWeek(lead.Index, end - lead.Index, new WeekdayOfWeek(day, weeks, WeekdayNumbers[weekday.Value]));
    }

    private static DateMention? ChineseWeekday(string text, DateMention mention)
    {
        if (mention is not { Kind: DateMentionKind.Date, Date: { } day })
        {
            return null;
        }

        var end = mention.Start + mention.Length;
        var match = ChineseWeekdayInWeek().Match(text, end, Math.Min(16, text.Length - end));
        if (!match.Success)
        {
            return null;
        }

        var weeks = match.Groups["after"].Success ? 1 : match.Groups["before"].Success ? -1 : 0;
        return InWeek(mention.Start, match.Index + match.Length - mention.Start, new WeekdayOfWeek(day, weeks, ChineseRecognizer.IsoWeekday(match.Groups["wd"].Value)));
    }

    /// <summary>The <paramref name="isoDay"/> of the week <paramref name="weeks"/> on from the week holding <paramref name="day"/>.</summary>
    private static DateMention InWeek(int start, int length, WeekdayOfWeek weekday) => Mentions.Day(start, length, weekday.Day) with { Weekday = weekday };

    /// <summary>
    /// "(on) the Friday (of)", "fredagen (i)", "(op) de vrijdag (van)". Declared before the patterns built from it: statics initialize
    /// in declaration order (<see cref="WeekdayNumbers"/>, in another part of the class, is built first, as the sequel patterns need too).
    /// </summary>
    private static readonly string WeekdayOfThe = $@"(?:(?:on|op|på)\s+)?(?:the\s+|de\s+)?(?<wd>{PatternRule.Alternation(WeekdayNumbers.Keys)})\s+(?:(?:of|in|i|van|uit)\s+)?";

    private const string TheWeek = @"(?:the\s+|de\s+)?(?:week|veckan)\s+";

    private const string WeekRelation = @"(?:(?<after>after|efter|na)|(?<before>before|före|innan|voor|vóór))";

    /// <summary>
    /// Right before the date: "(on) the Friday (of) the week of / after / before", "(på) fredagen (i) veckan efter / före / innan",
    /// "(op) de vrijdag van de week van / na / voor", or the week alone ("(in) the week after", "veckan efter", "in de week na"),
    /// whose weekday then follows the date.
    /// </summary>
    private static readonly Regex WesternWeekLead = new(
        $@"(?<![\p{{L}}\p{{N}}])(?:{WeekdayOfThe}|(?:in|i)\s+)?{TheWeek}(?:{WeekRelation}|of|van)\s+$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>
    /// The weekday and week told first, then an event, then its date as <see cref="EventDatedAfter"/> reads it: "the Monday of the
    /// week after the trade fair, which was 4 May", "fredagen veckan före mässan, och mässan var 7 mars", "de dinsdag van de week
    /// waarin de audit liep, de week van 3 juli".
    /// </summary>
    private static readonly Regex WesternWeekEventLead = new(
        $@"(?<![\p{{L}}\p{{N}}]){WeekdayOfThe}{TheWeek}(?:{WeekRelation}|waarin|when|då|när|that)?\s*(?![^,.;:?!\n\d]*\bweek)[^,.;:?!\n\d]{{1,60}}?{EventDatedAfter}(?:{TheWeek}(?:of|van)\s+)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>The weekday after the date the week was told by: "…, on the Thursday", "…, på måndagen", "…, op de woensdag".</summary>
    private static readonly Regex WesternWeekdayAfter = new(
        $@"\G\s*,?\s*(?:on|på|op)\s+(?:the\s+|de\s+)?(?<wd>{PatternRule.Alternation(WeekdayNumbers.Keys)})(?![\p{{L}}\p{{N}}])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>"the week of", "de week van" opening a week the model read.</summary>
    private static readonly Regex WeekOfInside = new(@"\G(?:the\s+|de\s+)?week\s+(?:of|van)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>Chinese, right after the date: 那一週的星期五, 那週五, 前一週的週五, 後一個禮拜的週三, 隔週的週一 (a bracketed weekday note may stand between).</summary>
    /// <summary>A day of the month opening the rest of a phrase: "30 november", "the 30th of".</summary>
    [GeneratedRegex(@"\G(?:the\s+)?(?<day>\d{1,2})(?!\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayNumberAt();

    [GeneratedRegex(@"\G\s*(?:[（(][^）)]{1,8}[）)])?\s*(?:那|的?\s*(?:(?<before>前)|(?<after>後|后|下(?=一|個|个)|隔)))\s*一?\s*(?:個|个)?\s*(?:週|周|星期|禮拜|礼拜)\s*的?\s*(?:星期|週|周|禮拜|礼拜)?(?<wd>[一二三四五六日天])")]
    private static partial Regex ChineseWeekdayInWeek();
}
