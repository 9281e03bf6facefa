namespace BenefitsBot.Protocol.Activities;

/// <summary>What an inbound activity must carry before a turn runs.</summary>
public sealed partial class Activity
{
    /// <summary>The first missing required field, or null when the activity can be processed.</summary>
    public string? FindMissingRequiredField() =>
        string.IsNullOrWhiteSpace(Type) ? "type"
        : string.IsNullOrWhiteSpace(ChannelId) ? "channelId"
        : string.IsNullOrWhiteSpace(ServiceUrl) ? "serviceUrl"
        : !Uri.TryCreate(ServiceUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp) ? "serviceUrl (absolute http(s) URL)"
        : string.IsNullOrWhiteSpace(Conversation?.Id) ? "conversation.id"
        : !IsUsableId(Conversation.Id) ? $"conversation.id (at most {MaxIdLength} characters, no control characters)"
        : null;
}
