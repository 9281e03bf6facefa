using System.Text.RegularExpressions;

namespace BenefitsBot.Domain.Dates;

public sealed partial class DateRecognizer
{
    /// <summary>Characters before a count within which "had … for" tells that it counts time held so far.</summary>
    private const int ElapsedReach = 60;

    /// <summary>
    /// A count of time held until today ("we've had it for 51 weeks now", "har haft den i 40 dagar", "heeft het abonnement nu 12
    /// weken", 啟用滿30天): the day that long before today, which the thing was got on. The mention then spans the count.
    /// </summary>
    private static IReadOnlyList<DateMention> ElapsedSince(string text, DateOnly reference, IReadOnlyList<DateMention> mentions)
    {
        if (!mentions.Any(m => m is { Kind: DateMentionKind.Duration, Span: not null }))
        {
            return mentions;
        }

        var result = mentions.ToList();
        for (var i = 0; i < result.Count; i++)
        {
            if (result[i] is not { Kind: DateMentionKind.Duration, Span: { } span } mention || mention.Start + mention.Length > text.Length)
            {
                continue;
            }

            var from = Math.Max(0, mention.Start - ElapsedReach);
            var before = text[from..mention.Start];
            var after = text[(mention.Start + mention.Length)..Math.Min(text.Length, mention.Start + mention.Length + ElapsedReach)];
            if (!TimeStillGiven().IsMatch(after)
                && (HeldFor().IsMatch(before) || (CountLead().IsMatch(before) && HeldUntilNow().IsMatch(after)) || CountedReached().IsMatch(before)))
            {
                result[i] = Mentions.Day(mention.Start, mention.Length, Calendar.Add(reference, span, -1));
            }
        }

        return result;
    }

    /// <summary>Held, then the count's lead: "had our pack for (exactly)", "haft nyckeln i", "heeft het abonnement nu (precies)".</summary>
    [GeneratedRegex(@"\b(had|has had|have had|held|owned|haft|heeft|hebben|hadden)\b[^.,;:?!]{0,40}\b(for|i|nu|al|inmiddels)\s+((exactly|about|almost|nearly|precis|exakt|nastan|nästan|snart|precies|exact|ruim|bijna)\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeldFor();

    /// <summary>A count's lead alone: "for", "i", "nu", "al".</summary>
    [GeneratedRegex(@"\b(for|i|nu|al|inmiddels)\s+((exactly|about|almost|nearly|precis|exakt|nastan|nästan|snart|precies|exact|ruim|bijna)\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CountLead();

    /// <summary>Until now, right after the count: "now", "as of today", "so far", "nu", "hittills", "tot nu toe".</summary>
    [GeneratedRegex(@"^\s*(now|as of today|so far|until today|nu|hittills|till i dag|till idag|tot nu toe|tot vandaag)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeldUntilNow();

    /// <summary>Time still to use, not held: "30 dagen de tijd", "30 days left", "dagar på oss", "om te betalen".</summary>
    [GeneratedRegex(@"^\s*(de tijd|om\b|te\b|left|remaining|to\b|kvar|pa oss|på oss|att\b|over\b|nog\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TimeStillGiven();

    /// <summary>A count reached, in Chinese: 滿30天, 已經滿90天.</summary>
    [GeneratedRegex(@"(滿|满)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex CountedReached();
}
