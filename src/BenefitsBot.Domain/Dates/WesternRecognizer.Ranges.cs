using System.Text.RegularExpressions;

namespace BenefitsBot.Domain.Dates;

internal sealed partial class WesternRecognizer
{
    /// <summary>
    /// Joins "from X to Y", "between X and Y", "X - Y" into one range. As in Recognizers-Text the end is the first day of Y
    /// (exclusive), so "from 10/1 to 11/7" is 10-01..11-07 and "from March to May" is 03-01..05-01.
    /// </summary>
    private List<DateMention> JoinRanges(string text, List<DateMention> atoms, DateOnly reference)
    {
        var result = new List<DateMention>();
        for (var i = 0; i < atoms.Count; i++)
        {
            var first = atoms[i];
            if (i + 1 < atoms.Count && (TryJoin(text, first, atoms[i + 1]) ?? TryDateInYear(text, first, atoms[i + 1]) ?? TryYearThenDate(text, first, atoms[i + 1]) ?? TrySpanFrom(text, first, atoms[i + 1], reference) ?? TryShift(text, first, atoms[i + 1], reference)) is { } joined)
            {
                result.Add(joined);
                i++;
                continue;
            }

            result.Add(first);
        }

        return result;
    }

    /// <summary>"3 days after January 12th", "two weeks from tomorrow", "2 weken voor 13 mei 1999": a date moved by a duration.</summary>
    /// <summary>"from January to April 2015", "van 1-5 - 7-5-2020": an end with a written year lends it to a start without one.</summary>
    private (DateOnly From, DateOnly To) ShareYear(string text, DateMention first, DateMention second, DateOnly from, DateOnly to)
    {
        var firstHasYear = HasYear(text.Substring(first.Start, first.Length));
        var secondHasYear = HasYear(text.Substring(second.Start, second.Length));
        // "from april twenty-seventh to the third", "from the 3rd to the 9th": a bare day ends the range at its first occurrence after the start.
        var start = text.AsSpan(first.Start, first.Length);
        if (bareDay.IsMatch(text.AsSpan(second.Start, second.Length)) && (monthName.IsMatch(start) || bareDay.IsMatch(start)))
        {
            var month = new DateOnly(from.Year, from.Month, 1).AddMonths(to.Day > from.Day ? 0 : 1);
            return (from, Calendar.TryDate(month.Year, month.Month, to.Day) ?? to);
        }

        // Only a written start borrows the year: "from next Friday to Oct 1st 2020" starts next Friday.
        if (!firstHasYear && secondHasYear && IsWritten(text.Substring(first.Start, first.Length)))
        {
            from = from.AddYears(to.Year - from.Year);
            from = from > to ? from.AddYears(-1) : from;
        }
        else if (!secondHasYear && to <= from && !text.Substring(second.Start, second.Length).Any(char.IsDigit))
        {
            // "from next Monday to Friday": a bare weekday end is the first one after the start.
            to = to.AddDays(7 * ((from.DayNumber - to.DayNumber) / 7 + 1));
        }
        else if (!secondHasYear && to <= from)
        {
            to = to.AddYears(from.Year - to.Year);
            to = to <= from ? to.AddYears(1) : to;
        }

        return (from, to);
    }

    private bool IsWritten(string mention) => mention.Any(char.IsDigit) || monthName.IsMatch(mention);

    private static bool HasYear(string mention) => Regex.IsMatch(mention, @"\d{4}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2}", RegexOptions.None, TimeSpan.FromSeconds(1));

    private DateMention? TryShift(string text, DateMention span, DateMention anchor, DateOnly reference)
    {
        if (CountedSpan(text, span) is not { } length)
        {
            return null;
        }

        // "two years since 2011": the year took "since" as its lead word ("since 2011"), which then joins the two; "since" counts
        // from the start of a period.
        var anchorText = text.Substring(anchor.Start, anchor.Length);
        var between = text[(span.Start + span.Length)..anchor.Start];
        if (between.Trim().Length == 0 && sinceLead.Match(anchorText) is { Success: true } lead)
        {
            between = lead.Value;
        }

        var since = sinceLead.IsMatch(between.Trim() + " ");
        var sign = spanAfter.IsMatch(between) ? 1 : spanBefore.IsMatch(between) ? -1 : 0;
        if (sign == 0 || (anchor.Date ?? (since ? anchor.RangeStart : null)) is not { } day)
        {
            return null;
        }

        // Counting forward from a yearless day or a bare weekday starts at its next occurrence, as upstream does, where the phrase looks
        // ahead ("3 days from Tuesday", "it will end 3 days after Jan 12"); told of the past ("it lapsed two weeks after Lucia",
        // "verlopen vijf dagen na Bevrijdingsdag") it counts from the last one.
        // A named day told in the future tense ("we zullen 5 dagen voor nieuwjaar afspreken") is the coming one, either way.
        var future = FutureBefore(text, span.Start);
        if (day < reference && !HasYear(anchorText) && profile.Holidays.TryGetValue(Key(anchorText), out var named) && (future || (sign > 0 && FromLead().IsMatch(between))))
        {
            day = named(day.Year + 1);
        }
        else if (sign > 0 && day < reference && !HasYear(anchorText) && !dayWordAnchor.IsMatch(anchorText) && (FromLead().IsMatch(between) || future))
        {
            day = anchorText.Any(char.IsDigit) ? day.AddYears(1) : day.AddDays(7);
        }

        var counted = Calendar.Add(day, length, sign);
        var under = MatchBefore(lessThanAtEnd, text, span.Start);
        return under.Success && sign > 0
            ? Mentions.Range(under.Index, anchor.Start + anchor.Length - under.Index, day, counted)
            : Mentions.Day(span.Start, anchor.Start + anchor.Length - span.Start, counted);
    }

    /// <summary>A duration, or a day counted from today ("in two years", "om tre veckor") that a following anchor recounts from itself.</summary>
    private DateSpan? CountedSpan(string text, DateMention span)
    {
        if (span.Kind == DateMentionKind.Duration)
        {
            return span.Span;
        }

        var count = span.Kind == DateMentionKind.Date ? futureCount.Match(text, span.Start, span.Length) : Match.Empty;
        return count.Success && Number(count.Groups["n"]) is { } n ? UnitOf(count).Times(n) : null;
    }

    private DateMention? TryJoin(string text, DateMention first, DateMention second)
    {
        if (Mentions.FirstDay(first) is not { } from || Mentions.FirstDay(second) is not { } to)
        {
            return null;
        }

        var between = rangeJoinOnly.Match(text[(first.Start + first.Length)..second.Start]);
        if (!between.Success)
        {
            return null;
        }

        var open = MatchBefore(rangeOpenAtEnd, text, first.Start);
        var join = Key(between.Groups["join"].Value);
        if (IsAnd(join) && !(open.Success && IsBetween(open.Groups["open"].Value)))
        {
            return null;
        }

        (from, to) = ShareYear(text, first, second, from, to);
        if (to <= from)
        {
            return null;
        }

        var start = open.Success ? open.Groups["open"].Index : first.Start;
        return Mentions.Range(start, second.Start + second.Length - start, from, to);
    }

    [GeneratedRegex(@"^\s*(from|från|vanaf|van)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FromLead();

    /// <summary>A future tense earlier in the sentence that holds <paramref name="at"/>: "will", "zal", "ska", "kommer att".</summary>
    private static bool FutureBefore(string text, int at)
    {
        var start = text.LastIndexOfAny(['.', '!', '?', '\n'], Math.Max(0, at - 1)) + 1;
        return FutureTense().IsMatch(text.AsSpan(start, at - start));
    }

    [GeneratedRegex(@"\b(will|shall|going to|zal|zullen|zult|ska|skall|kommer att)\b|'ll\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex FutureTense();
}
