using System.Text.RegularExpressions;

namespace BenefitsBot.Domain.Dates;

public sealed partial class DateRecognizer
{
    /// <summary>Characters before a period that may hold "three days before the end of".</summary>
    private const int PeriodEndReach = 60;

    /// <summary>
    /// A period's end counted from is its last day: "the day after the end of the first quarter", "three days before the end of
    /// March", "de dag na het einde van het eerste kwartaal", "två dagar efter att första kvartalet tog slut". Only counted
    /// from: "at the end of March" alone names late March, and "before the end of March" any day until then.
    /// </summary>
    private static IReadOnlyList<DateMention> PeriodEndsCountedFrom(string text, IReadOnlyList<DateMention> mentions)
    {
        List<DateMention>? result = null;
        for (var i = 0; i < mentions.Count; i++)
        {
            if (mentions[i] is not { Kind: DateMentionKind.DateRange, RangeEnd: { } end } period || period.Start + period.Length > text.Length)
            {
                continue;
            }

            var from = Math.Max(0, period.Start - PeriodEndReach);
            var stop = period.Start + period.Length;
            (int Start, int End)? phrase = EndOfBefore().Match(text, from, period.Start - from) is { Success: true } endOf ? (endOf.Groups["end"].Index, stop)
                : EndedAfter().Match(text, stop) is { Success: true } ended && CountedFromBefore().IsMatch(text.AsSpan(from, period.Start - from)) ? (period.Start, ended.Index + ended.Length)
                : null;
            if (phrase is { } span)
            {
                result ??= [.. mentions];
                result[i] = Mentions.Day(span.Start, span.End - span.Start, end.AddDays(-1));
            }
        }

        return result ?? mentions;
    }

    /// <summary>
    /// A day or a count of days "after / before (the) end of", right before the period; "before the end of December" alone is an
    /// open range, no day.
    /// </summary>
    [GeneratedRegex(@"\b(?:days?|weeks?|months?|dag|dagen|dagar|vecka|veckan|veckor|weken|\w+day|\w+dagen?)\s+(?:after|before|efter|före|innan|na|voor|vóór)\s+(?<end>(?:the\s+|het\s+)?(?:end|slutet|einde|eind)\s+(?:of|av|på|van)\s+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EndOfBefore();

    /// <summary>"after (that) …" right before a period said to end after it ("efter att andra kvartalet tog slut", "nadat het kwartaal afliep").</summary>
    [GeneratedRegex(@"\b(?:after|efter(?:\s+att)?|nadat)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CountedFromBefore();

    /// <summary>The period ended: "ended", "was over", "tog slut", "var slut", "slutade", "afliep", "eindigde", "voorbij was".</summary>
    [GeneratedRegex(@"\G\s+(?:ended|was\s+over|tog\s+slut|var\s+slut|slutade|afliep|eindigde|voorbij\s+was|om\s+was)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EndedAfter();
}
