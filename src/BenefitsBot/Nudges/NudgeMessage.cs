using System.Text.Json;
using BenefitsBot.Protocol.Activities;

namespace BenefitsBot.Nudges;

/// <summary>The message activity of a nudge: the card, plus an entity carrying the idempotency key (for audits and tests).</summary>
public static class NudgeMessage
{
    /// <summary>The entity type that carries <c>key</c>.</summary>
    public const string EntityType = "benefitsbot/nudge";

    public static Activity Create(NudgeContent content, DateOnly today, string language, string? botId)
    {
        ArgumentNullException.ThrowIfNull(content);
        var card = NudgeCard.Create(content, today, language);
        return new Activity
        {
            Type = ActivityTypes.Message,
            From = botId is null ? null : new ChannelAccount { Id = botId },
            Summary = card.FallbackText,
            Locale = language,
            Attachments = [Attachment.AdaptiveCard(card.ToJsonElement())],
            Entities = [new Entity { Type = EntityType, Properties = new() { ["key"] = JsonSerializer.SerializeToElement(content.Nudge.Key) } }],
        };
    }

    /// <summary>The idempotency key a nudge activity carries, or null for any other activity.</summary>
    public static string? KeyOf(Activity activity) => activity?.FindEntity(EntityType)?.GetString("key");
}
