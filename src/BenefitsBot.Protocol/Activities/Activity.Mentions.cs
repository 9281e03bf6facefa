using System.Text.Json;
using System.Text.RegularExpressions;

namespace BenefitsBot.Protocol.Activities;

/// <summary>@mention handling: in channels Teams puts <c>&lt;at&gt;Bot&lt;/at&gt;</c> into the text.</summary>
public sealed partial class Activity
{
    /// <summary>At most this many distinct mention texts are removed: each is one pass over the text, and Teams sends a handful.</summary>
    public const int MaxMentionsRemoved = 32;

    /// <summary>The message text without the @mentions of the recipient (the bot), trimmed. Mention entities of another shape are skipped.</summary>
    public string GetTextWithoutBotMention()
    {
        var text = Text ?? string.Empty;
        foreach (var mentionText in BotMentionTexts().Take(MaxMentionsRemoved))
        {
            text = text.Replace(mentionText, string.Empty, StringComparison.Ordinal);
        }

        // A mention entity can be missing (older clients): drop any leftover <at>…</at> markup too.
        return AtTag().Replace(text, string.Empty).Trim();
    }

    /// <summary>The distinct, non-empty <c>text</c> of each mention entity that names the recipient or no one.</summary>
    private HashSet<string> BotMentionTexts()
    {
        var texts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var mention in Entities ?? [])
        {
            if (mention is null || !string.Equals(mention.Type, "mention", StringComparison.OrdinalIgnoreCase)
                || mention.GetString("text") is not { Length: > 0 } mentionText)
            {
                continue;
            }

            var mentionedId = mention.Properties is not null && mention.Properties.TryGetValue("mentioned", out var mentioned)
                && mentioned.ValueKind == JsonValueKind.Object && mentioned.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
                ? id.GetString()
                : null;
            if (mentionedId is null || mentionedId == Recipient?.Id)
            {
                texts.Add(mentionText);
            }
        }

        return texts;
    }

    [GeneratedRegex("<at>[^<]*</at>", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex AtTag();
}
