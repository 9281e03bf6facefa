using System.Text.RegularExpressions;

namespace BenefitsBot.Domain.Dates;

public sealed partial class DateRecognizer
{
    /// <summary>
    /// A yearless day next to a count of years ago ("four years ago, on 9 June", "March 3 five years ago", "för fem år
    /// sedan, den 9 juni", "vier jaar geleden op 9 juni", 五年前的6月9日): that day in the year counted back, not the latest such day
    /// nor the day exactly that many years ago; likewise a day told from today ("two years ago yesterday", 三年前的前天). The mention then
    /// spans both.
    /// </summary>
    private static IReadOnlyList<DateMention> InYearsAgo(string text, DateOnly reference, IReadOnlyList<DateMention> mentions)
    {
        if (mentions.Count < 2 || !YearsAgo().IsMatch(text))
        {
            return mentions;
        }

        var result = mentions.ToList();
        for (var i = 0; i + 1 < result.Count; i++)
        {
            var (first, second) = (result[i], result[i + 1]);
            if (first is not { Kind: DateMentionKind.Date, Date: { } a } || second is not { Kind: DateMentionKind.Date, Date: { } b }
                || second.Start + second.Length > text.Length || first.Start + first.Length > second.Start
                || !YearsAgoJoin().IsMatch(text.AsSpan(first.Start + first.Length, second.Start - first.Start - first.Length)))
            {
                continue;
            }

            var firstAgo = YearsAgoWhole().IsMatch(text.AsSpan(first.Start, first.Length));
            var secondAgo = YearsAgoWhole().IsMatch(text.AsSpan(second.Start, second.Length));
            if (firstAgo == secondAgo)
            {
                continue;
            }

            var (ago, day, dayMention) = firstAgo ? (a, b, second) : (b, a, first);
            // A written day and month, or a day told from today, moved back as many years ("a year ago yesterday").
            var surface = text.AsSpan(dayMention.Start, dayMention.Length);
            // The day word right after the count, without a comma: "a year ago, yesterday we paid" tells two days.
            var join = text.AsSpan(first.Start + first.Length, second.Start - first.Start - first.Length);
            DateOnly? placed = DayFromToday().IsMatch(surface) ? (firstAgo && !join.ContainsAny(",，") ? day.AddYears(ago.Year - reference.Year) : null)
                : YearInSurface().IsMatch(surface) || !(surface.ContainsAnyInRange('0', '9') || LanguageProfiles.NamesMonth(surface) || surface.Contains('月')) ? null
                : Calendar.TryDate(ago.Year, day.Month, day.Day);
            if (placed is null)
            {
                continue;
            }

            result[i] = Mentions.Day(first.Start, second.Start + second.Length - first.Start, placed.Value);
            result.RemoveAt(i + 1);
        }

        return result;
    }

    [GeneratedRegex(@"(years?|år|jaar)\s+(ago|sedan|geleden)|年前", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex YearsAgo();

    /// <summary>The whole mention is a count of years ago.</summary>
    [GeneratedRegex(@"^\s*(för\s+)?\S+\s*(years?|år|jaar)\s+(ago|sedan|geleden)\s*$|^\s*\S{1,3}年前\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex YearsAgoWhole();

    /// <summary>What may stand between them: a comma, "on / den / op", 的.</summary>
    [GeneratedRegex(@"^\s*[,，]?\s*(on|den|op|of)?\s*的?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex YearsAgoJoin();

    [GeneratedRegex(@"\d{4}|\d{3}年|\d[-/.]\d{1,2}[-/.]\d{2}", RegexOptions.NonBacktracking)]
    private static partial Regex YearInSurface();

    /// <summary>
    /// A day told from today other than today itself (yesterday, tomorrow, the day before yesterday), in the four languages; "a year
    /// ago today" is the count's own day, and "today" stays a mention of its own.
    /// </summary>
    [GeneratedRegex(@"^\s*(yesterday|tomorrow|the day before yesterday|igår|i går|igar|i förrgår|förrgår|imorgon|i morgon|gisteren|eergisteren|morgen|昨天|前天|明天|昨日)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex DayFromToday();
}
