using System.Text.RegularExpressions;

namespace BenefitsBot.Domain.Dates;

public sealed partial class DateRecognizer
{
    /// <summary>
    /// A day told as the one next to the date told before it: "the next day", "the day after", "the following Monday", "dagen
    /// därpå", "de dag erna", 隔天, 第二天 (and "the day before", "dagen innan", "de dag ervoor" for the other side). A story
    /// names such a day from its last date, not from today, so the day is that date's neighbour. The phrases with their event after
    /// them ("the day after our kickoff on 4 April") are read with it (<see cref="AfterToldEvent"/>); here nothing dated follows.
    /// </summary>
    private static IReadOnlyList<DateMention> SequelDays(string text, string language, IReadOnlyList<DateMention> mentions)
    {
        if (mentions.Count == 0 || !mentions.Any(m => m.Kind == DateMentionKind.Date))
        {
            return mentions;
        }

        var pattern = language == "zh" ? ChineseSequel() : WesternSequel;
        List<DateMention>? result = null;
        foreach (Match sequel in pattern.Matches(text))
        {
            var list = result ?? mentions;
            var overlapping = list.Where(m => m.Start < sequel.Index + sequel.Length && sequel.Index < m.Start + m.Length).ToList();
            // A part read from today ("following Monday") gives way; a mention reaching beyond the phrase is another reading of it.
            if (overlapping.Exists(m => m.Start < sequel.Index || m.Start + m.Length > sequel.Index + sequel.Length))
            {
                continue;
            }

            var told = list.LastOrDefault(m => m is { Kind: DateMentionKind.Date, Date: not null } && m.Start + m.Length <= sequel.Index);
            if (told?.Date is not { } day)
            {
                continue;
            }

            var sign = sequel.Groups["before"].Success ? -1 : 1;
            var weekday = sequel.Groups["wd"];
            var isoDay = !weekday.Success ? 0 : language == "zh" ? ChineseRecognizer.IsoWeekday(weekday.Value) : WeekdayNumbers[weekday.Value];
            var moved = !weekday.Success ? day.AddDays(sign) : sequel.Groups["wk"].Success ? new WeekdayOfWeek(day, sign, isoDay).Day : NearestWeekday(day, isoDay, sign);
            result ??= [.. mentions];
            result.RemoveAll(overlapping.Contains);
            result.Add(Mentions.Day(sequel.Index, sequel.Length, moved));
            result.Sort((a, b) => a.Start.CompareTo(b.Start));
        }

        return result ?? mentions;
    }

    /// <summary>
    /// "The next / following / previous day" and "the following Monday", "måndagen därpå", "de maandag daarop", which name no
    /// event; a weekday of the week after ("the week after, on the Friday", "veckan därpå, på fredagen", "de week erna, op de
    /// vrijdag"); and "the day after / before" with nothing after it but a sentence end, a comma, "that" or a conjunction (else
    /// what follows is the event: "the day after we signed"), in English, Swedish and Dutch. "The day after tomorrow" counts from today.
    /// </summary>
    private static readonly Regex WesternSequel = new(
        $@"\b(?:the\s+(?:next|following)\s+day|the\s+(?<before>previous)\s+day|the\s+following\s+(?<wd>{PatternRule.Alternation(WeekdayNumbers.Keys)})"
        + $@"|(?:de\s+)?(?<wd>{PatternRule.Alternation(WeekdayNumbers.Keys)})\s+(?:därpå|därefter|daarop|daarna|erna|(?<before>dessförinnan|daarvoor|ervoor))(?![\p{{L}}\p{{N}}])"
        + $@"|(?<wk>(?:the\s+)?week\s+after|veckan\s+(?:efter|därpå|därefter)|(?:de\s+)?week\s+(?:erna|daarna|daarop))\s*,?\s*(?:on|på|op)\s+(?:the\s+|de\s+)?(?<wd>{PatternRule.Alternation(WeekdayNumbers.Keys)})(?![\p{{L}}\p{{N}}])"
        + @"|dagen\s+(?:därpå|därefter|(?<before>dessförinnan))|(?:nästa|följande)\s+dag|(?:de\s+)?dag\s+(?:erna|daarna|daarop|erop|(?<before>ervoor|daarvoor))|daags\s+(?:erna|daarna|(?<before>ervoor|daarvoor))|de\s+volgende\s+dag|de\s+(?<before>vorige)\s+dag"
        + @"|(?:the\s+day\s+(?:after|(?<before>before|prior))|dagen\s+(?:efter|(?<before>innan|före)))(?=\s*(?:[,.;:!?)\n]|$)|\s+(?:that|this|det|detta|and|och|but|men|so|så)\b))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>隔天, 隔日, 第二天, 次日, 翌日 alone, and 隔週一 (the Monday of the week after) (a date right before them is read with it in <see cref="NextToTold"/>); not 前一天, which mostly names the day before an event ("續約前一天").</summary>
    [GeneratedRegex(@"(?<![的日號号節节天])(?:隔天|隔日|第二天|次日|翌日|隔(?<wk>週|周|星期|禮拜|礼拜)的?(?:星期|週|周|禮拜|礼拜)?(?<wd>[一二三四五六日天]))")]
    private static partial Regex ChineseSequel();
}
