using System.Text.RegularExpressions;

namespace BenefitsBot.Protocol.Activities;

/// <summary>@mention handling: in channels Teams puts <c>&lt;at&gt;Bot&lt;/at&gt;</c> into the text.</summary>
public sealed partial class Activity
{
    /// <summary>The message text without the @mentions of the recipient (the bot), trimmed.</summary>
    public string GetTextWithoutBotMention()
    {
        var text = Text ?? string.Empty;
        foreach (var mention in Entities ?? [])
        {
            if (!string.Equals(mention.Type, "mention", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var mentionedId = mention.Properties is not null && mention.Properties.TryGetValue("mentioned", out var mentioned)
                && mentioned.ValueKind == System.Text.Json.JsonValueKind.Object && mentioned.TryGetProperty("id", out var id)
                ? id.GetString()
                : null;
            var mentionText = mention.GetString("text");
            if (mentionText is not null && (mentionedId is null || mentionedId == Recipient?.Id))
            {
                text = text.Replace(mentionText, string.Empty, StringComparison.Ordinal);
            }
        }

        // A mention entity can be missing (older clients): drop any leftover <at>…</at> markup too.
        return AtTag().Replace(text, string.Empty).Trim();
    }

    [GeneratedRegex("<at>[^<]*</at>", RegexOptions.IgnoreCase)]
    private static partial Regex AtTag();
}
