using System.Text.RegularExpressions;

namespace BenefitsBot.Domain.Dates;

public sealed partial class DateRecognizer
{
    /// <summary>
    /// A day told from the day a note was written, quoted from that note: a ticket from 5 May that says the key "was
    /// entered two days ago", "ärendet från 5 maj … 'i förrgår'", 5/5 的工單 … 「前天」. The quote counts from the note's
    /// day, not from today, so the quoted day is read again with that day as its today.
    /// </summary>
    private static IReadOnlyList<DateMention> InQuotedNote(string text, IReadOnlyList<DateMention> mentions, Func<string, DateOnly, IReadOnlyList<DateMention>> resolve)
    {
        if (mentions.Count < 2 || text.AsSpan().IndexOfAny("\"“„「『") < 0)
        {
            return mentions;
        }

        var note = mentions.FirstOrDefault(m => m is { Kind: DateMentionKind.Date, Date: not null } && m.Start + m.Length <= text.Length
            && (NoteBefore().IsMatch(text.AsSpan(Math.Max(0, m.Start - 40), Math.Min(40, m.Start))) || NoteAfter().IsMatch(text.AsSpan(m.Start + m.Length, Math.Min(12, text.Length - m.Start - m.Length)))));
        if (note?.Date is not { } written)
        {
            return mentions;
        }

        List<DateMention>? result = null;
        foreach (Match quote in Quoted().Matches(text, note.Start + note.Length))
        {
            for (var i = 0; i < mentions.Count; i++)
            {
                var mention = mentions[i];
                if (mention.Kind != DateMentionKind.Date || mention.Start < quote.Index || mention.Start + mention.Length > quote.Index + quote.Length
                    || text.AsSpan(mention.Start, mention.Length).ContainsAnyInRange('0', '9')
                    || resolve(text.Substring(mention.Start, mention.Length), written).FirstOrDefault(m => m.Kind == DateMentionKind.Date) is not { Date: { } moved })
                {
                    continue;
                }

                result ??= [.. mentions];
                result[i] = Mentions.Day(mention.Start, mention.Length, moved);
            }
        }

        return result ?? mentions;
    }

    /// <summary>A written note and "from / dated" right before its date: "an old ticket from", "ärendet från", "een oud ticket van".</summary>
    [GeneratedRegex(@"\b(ticket|note|notes|e-?mail|mail|message|case|log|ärende|ärendet|mejl|mejlet|meddelande|meddelandet|anteckning|anteckningen|notitie|bericht|melding)\s+(from|of|dated|från|daterat|daterad|van|uit|gedateerd)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoteBefore();

    /// <summary>Chinese names the note after its date: "2021/12/24 的舊工單".</summary>
    [GeneratedRegex(@"^\s*的?\s*舊?\s*(工單|郵件|信件|紀錄|記錄|備註|留言)")]
    private static partial Regex NoteAfter();

    [GeneratedRegex(@"""[^""\n]{1,200}""|“[^”\n]{1,200}”|„[^“”\n]{1,200}[“”]|「[^」\n]{1,200}」|『[^』\n]{1,200}』")]
    private static partial Regex Quoted();
}
