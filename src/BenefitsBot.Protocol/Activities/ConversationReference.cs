namespace BenefitsBot.Protocol.Activities;

/// <summary>What a bot must keep to message a conversation later (proactive messages). The serviceUrl can change, so store the latest one seen.</summary>
public sealed record ConversationReference(
    string ChannelId,
    string ServiceUrl,
    string ConversationId,
    string? ConversationType,
    string? TenantId,
    string? TeamId,
    string? ChannelIdInTeam,
    string? UserId,
    string? UserEntraObjectId,
    string? BotId,
    string? Locale);
