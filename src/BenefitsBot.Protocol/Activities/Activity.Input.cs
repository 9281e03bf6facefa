using System.Text;

namespace BenefitsBot.Protocol.Activities;

/// <summary>
/// Input limits, applied to every inbound activity before its turn (<see cref="Turns.ActivityProcessor"/>): what no Teams client
/// sends is cut or dropped here, so the bot never meets it. Wrong shapes inside known lists and <c>channelData</c> are ignored;
/// wrong types of the activity's own fields are refused earlier with a 400 naming the field.
/// </summary>
public sealed partial class Activity
{
    /// <summary>
    /// The longest text a turn reads, in UTF-16 code units: Teams refuses a message over about 28 KB, so longer text did not come
    /// from a Teams user. Longer text is cut to this length before any analysis.
    /// </summary>
    public const int MaxTextLength = 28 * 1024;

    /// <summary>
    /// Makes an inbound activity safe to read: JSON <c>null</c> entries of <c>entities</c>, <c>attachments</c>, <c>membersAdded</c>
    /// and <c>membersRemoved</c> dropped; optional ids that are blank or too long dropped (<see cref="MaxIdLength"/>); the text cut to <see cref="MaxTextLength"/> and its unpaired surrogates and Unicode
    /// noncharacters (U+FFFE, U+FFFF, U+FDD0–U+FDEF) turned into spaces; <c>channelData</c> read once, tolerantly.
    /// </summary>
    /// <returns>What was dropped, cut or ignored, as field paths for the log (never content).</returns>
    public IReadOnlyList<string> ApplyInputLimits()
    {
        var ignored = new List<string>();
        Entities = WithoutNulls(Entities, "entities", ignored);
        Attachments = WithoutNulls(Attachments, "attachments", ignored);
        MembersAdded = WithoutNulls(MembersAdded, "membersAdded", ignored);
        MembersRemoved = WithoutNulls(MembersRemoved, "membersRemoved", ignored);
        ApplyIdLimits(ignored);
        if (Text is { Length: > MaxTextLength })
        {
            // Never between the halves of a surrogate pair.
            Text = Text[..(char.IsHighSurrogate(Text[MaxTextLength - 1]) ? MaxTextLength - 1 : MaxTextLength)];
            ignored.Add($"text (cut to {MaxTextLength} characters)");
        }

        if (Text is not null && WithoutInvalidCharacters(Text) is { } cleaned)
        {
            Text = cleaned;
            ignored.Add("text (invalid characters)");
        }

        teamsChannelData = TeamsChannelData.Read(ChannelData, ignored);
        return ignored;
    }

    private static List<T>? WithoutNulls<T>(IList<T>? items, string path, List<string> ignored)
        where T : class
    {
        if (items is null)
        {
            return null;
        }

        var kept = items.Where(item => item is not null).ToList();
        if (kept.Count < items.Count)
        {
            ignored.Add($"{path} (null entries)");
        }

        return kept;
    }

    /// <summary>The text with unpaired surrogates and noncharacters as spaces, or null when it has none.</summary>
    private static string? WithoutInvalidCharacters(string text)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder?.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }

            var invalid = char.IsSurrogate(c) || c is '\ufffe' or '\uffff' or (>= '\ufdd0' and <= '\ufdef');
            if (invalid && builder is null)
            {
                builder = new StringBuilder(text.Length).Append(text, 0, i);
            }

            builder?.Append(invalid ? ' ' : c);
        }

        return builder?.ToString();
    }
}
