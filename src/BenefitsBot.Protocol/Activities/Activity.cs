using System.Text.Json;
using System.Text.Json.Serialization;

namespace BenefitsBot.Protocol.Activities;

/// <summary>A Bot Framework activity as Teams sends and receives it. Fields we don't model are kept in <see cref="Extra"/> and written back unchanged.</summary>
public sealed partial class Activity
{
    public string? Type { get; set; }

    public string? Id { get; set; }

    public DateTimeOffset? Timestamp { get; set; }

    public DateTimeOffset? LocalTimestamp { get; set; }

    public string? LocalTimezone { get; set; }

    public string? ServiceUrl { get; set; }

    public string? ChannelId { get; set; }

    public ChannelAccount? From { get; set; }

    public ConversationAccount? Conversation { get; set; }

    public ChannelAccount? Recipient { get; set; }

    public string? TextFormat { get; set; }

    public string? AttachmentLayout { get; set; }

    public string? Text { get; set; }

    public string? Summary { get; set; }

    public string? Locale { get; set; }

    public string? InputHint { get; set; }

    public IList<Attachment>? Attachments { get; set; }

    public IList<Entity>? Entities { get; set; }

    public JsonElement? ChannelData { get; set; }

    public string? Action { get; set; }

    public string? ReplyToId { get; set; }

    public string? Name { get; set; }

    public JsonElement? Value { get; set; }

    public string? ValueType { get; set; }

    public string? DeliveryMode { get; set; }

    public IList<ChannelAccount>? MembersAdded { get; set; }

    public IList<ChannelAccount>? MembersRemoved { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
