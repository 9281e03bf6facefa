using System.Text.RegularExpressions;

namespace BenefitsBot.Domain.Dates;

public sealed partial class DateRecognizer
{
    /// <summary>
    /// "Bought on July 7 and assigned it three weeks later", "verliep op 16 februari; twee dagen later ...", "12月1日買了，兩週後指派":
    /// an offset told as "later / after that" counts from the date told before it, not from today. Each such mention moves to the
    /// previous date plus its length, in order, so a chain ("two days later ... a week after that") follows the story. In Chinese
    /// 後 also means "from now", so there the earlier date must stand in the same sentence.
    /// </summary>
    private static IReadOnlyList<DateMention> Narrated(string text, string language, DateOnly reference, IReadOnlyList<DateMention> mentions, Func<string, DateOnly, IReadOnlyList<DateMention>> resolve)
    {
        if (mentions.Count < 2 || (!LaterWord().IsMatch(text) && !AfterWord().IsMatch(text)))
        {
            return mentions;
        }

        var result = mentions.ToList();
        DateMention? previous = null;
        for (var i = 0; i < result.Count; i++)
        {
            var mention = result[i];
            if (previous?.Date is { } from && IsToldLater(text, language, mention, reference)
                && (language != "zh" || !text.AsSpan(previous.Start, Math.Max(0, mention.Start - previous.Start)).ContainsAny("。！？!?"))
                && Later(text, mention, from, resolve) is { } moved)
            {
                result[i] = mention = moved;
            }

            if (mention.Kind == DateMentionKind.Date)
            {
                previous = mention;
            }
        }

        return result;
    }

    /// <summary>A duration followed by "later / after that", or a date read as today plus a length ("three weeks later", "兩週後").</summary>
    private static bool IsToldLater(string text, string language, DateMention mention, DateOnly reference)
    {
        if (mention.Start + mention.Length > text.Length)
        {
            return false;
        }

        var surface = text.AsSpan(mention.Start, mention.Length);
        return mention switch
        {
            { Kind: DateMentionKind.Duration } => LaterAfter(text, mention) is { Length: > 0 } || ThatEventAfter(text, mention).Success,
            { Kind: DateMentionKind.Date, Date: { } date } => date > reference && (language == "zh" ? ChineseLater().IsMatch(surface) : LaterWord().IsMatch(surface)),
            _ => false,
        };
    }

    /// <summary>The mention moved to count from <paramref name="from"/>: a duration added to it, a date read again with it as today.</summary>
    private static DateMention? Later(string text, DateMention mention, DateOnly from, Func<string, DateOnly, IReadOnlyList<DateMention>> resolve)
    {
        if (mention is { Kind: DateMentionKind.Duration, Span: { } span })
        {
            var after = LaterAfter(text, mention);
            if (after.Length == 0)
            {
                after = ThatEventAfter(text, mention);
            }

            return Mentions.Day(mention.Start, after.Index + after.Length - mention.Start, Calendar.Add(from, span, after.Groups["before"].Success ? -1 : 1));
        }

        return resolve(text.Substring(mention.Start, mention.Length), from).FirstOrDefault(m => m.Kind == DateMentionKind.Date) is { Date: { } moved }
            ? Mentions.Day(mention.Start, mention.Length, moved)
            : null;
    }

    private static Match LaterAfter(string text, DateMention mention) =>
        LaterFollows().Match(text, mention.Start + mention.Length, Math.Min(24, text.Length - mention.Start - mention.Length));

    private static Match ThatEventAfter(string text, DateMention mention) =>
        ThatEventFollows().Match(text, mention.Start + mention.Length, Math.Min(40, text.Length - mention.Start - mention.Length));

    /// <summary>
    /// Right after a duration, "before / after that (event)": "lapsed ten days before that review", "fem dagar efter det mötet",
    /// "een week na die kickoff" count from the day told before, as "later" does. The event is named by a demonstrative, so it is
    /// one told already; with its own date after it, <see cref="AfterToldEvent"/> has already read the phrase.
    /// </summary>
    [GeneratedRegex(@"^\s*(?:(?<before>before|före|innan|voor)|after|efter|na)\s+(?:that|this|det|detta|den|denna|dat|die|deze|dit)\s+\p{L}+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ThatEventFollows();

    /// <summary>"Later" and "after that" in the four languages.</summary>
    [GeneratedRegex(@"\b(later|after that|afterwards|senare|efter det|därefter|daarna|erna|nadien)\b|之?後|以後", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex LaterWord();

    /// <summary>The same right after a duration ("a week later", "een week daarna", "一週之後").</summary>
    [GeneratedRegex(@"^\s*((later|after that|afterwards|senare|efter det|därefter|daarna|erna|nadien)\b|之後|以後|後)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex LaterFollows();

    /// <summary>A Chinese counted offset ending in 後 ("兩週後", "三天之後").</summary>
    [GeneratedRegex(@"(天|週|周|禮拜|星期|個月|个月|月|年)(之|以)?後$", RegexOptions.NonBacktracking)]
    private static partial Regex ChineseLater();
}
