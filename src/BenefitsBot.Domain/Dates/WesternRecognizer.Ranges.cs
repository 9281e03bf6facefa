namespace BenefitsBot.Domain.Dates;

internal sealed partial class WesternRecognizer
{
    /// <summary>
    /// Joins "from X to Y", "between X and Y", "X - Y" into one range. As in Recognizers-Text the end is the first day of Y
    /// (exclusive), so "from 10/1 to 11/7" is 10-01..11-07 and "from March to May" is 03-01..05-01.
    /// </summary>
    private List<DateMention> JoinRanges(string text, List<DateMention> atoms)
    {
        var result = new List<DateMention>();
        for (var i = 0; i < atoms.Count; i++)
        {
            var first = atoms[i];
            if (i + 1 < atoms.Count && TryJoin(text, first, atoms[i + 1]) is { } joined)
            {
                result.Add(joined);
                i++;
                continue;
            }

            result.Add(first);
        }

        return result;
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

        var before = text[..first.Start];
        var open = rangeOpenAtEnd.Match(before);
        var join = Key(between.Groups["join"].Value);
        if ((join is "and" or "och" or "en") && !open.Success)
        {
            return null;
        }

        if (to <= from)
        {
            return null;
        }

        var start = open.Success ? open.Groups["open"].Index : first.Start;
        return Mentions.Range(start, second.Start + second.Length - start, from, to);
    }
}
