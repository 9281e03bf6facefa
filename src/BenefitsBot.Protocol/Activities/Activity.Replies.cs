namespace BenefitsBot.Protocol.Activities;

/// <summary>Building outgoing activities from an incoming one.</summary>
public sealed partial class Activity
{
    /// <summary>A message reply addressed back to the sender, in the same conversation.</summary>
    public Activity CreateReply(string? text = null) => new()
    {
        Type = ActivityTypes.Message,
        Timestamp = DateTimeOffset.UtcNow,
        From = Recipient is null ? null : new ChannelAccount { Id = Recipient.Id, Name = Recipient.Name },
        Recipient = From is null ? null : new ChannelAccount { Id = From.Id, Name = From.Name },
        Conversation = Conversation,
        ServiceUrl = ServiceUrl,
        ChannelId = ChannelId,
        ReplyToId = Id,
        Locale = Locale,
        Text = text,
        TextFormat = text is null ? null : "markdown",
    };

    public ConversationReference GetConversationReference() => new(
        ChannelId ?? string.Empty,
        ServiceUrl ?? string.Empty,
        Conversation?.Id ?? string.Empty,
        Conversation?.ConversationType,
        TenantId,
        TeamId,
        TeamsChannelId,
        From?.Id,
        From?.EntraObjectId,
        Recipient?.Id,
        UserLocale);
}
