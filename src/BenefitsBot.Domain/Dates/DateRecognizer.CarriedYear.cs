using System.Text.RegularExpressions;

namespace BenefitsBot.Domain.Dates;

public sealed partial class DateRecognizer
{
    /// <summary>
    /// A day and month told without a year right after a day told with one, in the same sentence ("the order went out on July 28, 2024
    /// and we redeemed the key on August 1", "köpt 3 maj 2023, nyckeln inlöst 9/6", 2024年7月28日簽約，8月1日兌換): the story goes on in that
    /// year, so it is the first such day on or after the one told, not the latest up to today. "The same year" ("samma år",
    /// "hetzelfde jaar", 同年) after the day names the told year in any sentence. A day in a question is one asked about, left as read.
    /// Recognizers-Text resolves each mention on its own, so reading them as one story is ours.
    /// </summary>
    private static IReadOnlyList<DateMention> WithCarriedYear(string text, IReadOnlyList<DateMention> mentions, DateOnly reference)
    {
        if (mentions.Count < 2)
        {
            return mentions;
        }

        List<DateMention>? result = null;
        for (var i = 1; i < mentions.Count; i++)
        {
            var mention = (result ?? mentions)[i];
            if (mention is not { Kind: DateMentionKind.Date, Date: { } day } || mention.Start + mention.Length > text.Length
                || !IsPlainMonthDay(text.AsSpan(mention.Start, mention.Length)))
            {
                continue;
            }

            var list = result ?? mentions;
            var sameYear = SameYearAfter().IsMatch(text.AsSpan(mention.Start + mention.Length)) || SameYearBefore().IsMatch(text.AsSpan(0, mention.Start));
            DateOnly? carried = sameYear ? SameYearAs(text, list, i, day) : FollowingInStory(text, list, i, day, reference);
            if (carried is { } moved && moved != day)
            {
                result ??= [.. mentions];
                result[i] = Mentions.Day(mention.Start, mention.Length, moved);
            }
        }

        return result ?? mentions;
    }

    /// <summary>"… 3 maj 2023 … 2/3 samma år": the told year, whichever sentence told it.</summary>
    private static DateOnly? SameYearAs(string text, IReadOnlyList<DateMention> mentions, int index, DateOnly day)
    {
        for (var j = index - 1; j >= 0; j--)
        {
            if (mentions[j] is { Kind: DateMentionKind.Date, Date: { } told } earlier && earlier.Start + earlier.Length <= text.Length
                && YearInSurface().IsMatch(text.AsSpan(earlier.Start, earlier.Length)))
            {
                return Calendar.TryDate(told.Year, day.Month, day.Day);
            }
        }

        return null;
    }

    /// <summary>The day told just before in the same sentence, with its year written (or carried): the first such day on or after it.</summary>
    private static DateOnly? FollowingInStory(string text, IReadOnlyList<DateMention> mentions, int index, DateOnly day, DateOnly reference)
    {
        var mention = mentions[index];
        var before = mentions[index - 1];
        var end = before.Start + before.Length;
        if (before is not { Kind: DateMentionKind.Date, Date: { } told } || end > mention.Start
            || SentenceBreaks.End().IsMatch(text.AsSpan(end, mention.Start - end)) || InQuestion(text, mention.Start + mention.Length)
            || (told.Month == day.Month && told.Day == day.Day)
            || !(YearInSurface().IsMatch(text.AsSpan(before.Start, before.Length)) || IsPlainMonthDay(text.AsSpan(before.Start, before.Length))))
        {
            return null;
        }

        if (Calendar.TryDate(told.Year, day.Month, day.Day) is not { } sameYear)
        {
            return null;
        }

        var following = sameYear >= told ? sameYear : Calendar.TryDate(told.Year + 1, day.Month, day.Day);
        // A day ahead of today is kept only when the latest one up to today comes before the story's own day.
        return following is { } next && (next <= reference || day < told) ? next : null;
    }

    /// <summary>Whether the sentence holding the offset ends in a question mark (or the text does, with no sentence end before).</summary>
    private static bool InQuestion(string text, int from)
    {
        var end = SentenceEndOrQuestion().Match(text, from);
        return end.Success && end.Value.TrimEnd() is "?" or "？";
    }

    /// <summary>A day and a month, nothing else: "August 1", "1 augusti", "den 1:a augusti", "1 aug.", "2/11", "8月1日" (no weekday, no year, no "last").</summary>
    private static bool IsPlainMonthDay(ReadOnlySpan<char> surface) =>
        ChineseMonthDay().IsMatch(surface)
        || (WesternMonthDay().IsMatch(surface) && (NumericMonthDay().IsMatch(surface) || LanguageProfiles.NamesMonth(surface)));

    [GeneratedRegex(@"^\s*(?:(?:on|den|op|the|de|pa|på|per)\s+)*(?:\d{1,2}[/.-]\d{1,2}|\d{1,2}(?:st|nd|rd|th|:e|:a|e|ste|de)?\s+(?:of\s+)?[a-zåäöé]+\.?|[a-zåäöé]+\.?\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?)\s*[.,]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex WesternMonthDay();

    [GeneratedRegex(@"^\s*(?:(?:on|den|op|the|de|pa|på|per)\s+)*\d{1,2}[/.-]\d{1,2}\s*[.,]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex NumericMonthDay();

    [GeneratedRegex(@"^\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[日號号]?\s*的?\s*$", RegexOptions.NonBacktracking)]
    private static partial Regex ChineseMonthDay();

    /// <summary>"The same year", right after the day: "samma år", "that same year", "hetzelfde jaar", "datzelfde jaar", 同年.</summary>
    [GeneratedRegex(@"^\s*,?\s*(?:(?:of |in )?(?:that |the )?same year|(?:i )?samma år|(?:van |in )?(?:het|dat)zelfde jaar|同年|同一年)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex SameYearAfter();

    /// <summary>"The same year" right before the day: "later that same year, on 2 March", "samma år den 2 mars", "hetzelfde jaar op 2 maart", 同年8月1日.</summary>
    [GeneratedRegex(@"(?:same year|samma år|zelfde jaar|同年|同一年)\s*,?\s*(?:on |den |op |in |i |的)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex SameYearBefore();

    /// <summary>A sentence end or a question mark: the first one after a day tells whether its sentence asks.</summary>
    [GeneratedRegex(@"[.!](?:\s|$)|[?？]|[\r\n。！]", RegexOptions.NonBacktracking)]
    private static partial Regex SentenceEndOrQuestion();
}
