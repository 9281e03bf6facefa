using System.Text.Json;
using System.Text.Json.Serialization;

namespace BenefitsBot.Protocol.Activities;

/// <summary>The conversation an activity belongs to: a 1:1 chat (<c>personal</c>), a group chat, or a channel thread.</summary>
public sealed class ConversationAccount
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public bool? IsGroup { get; set; }

    public string? ConversationType { get; set; }

    public string? TenantId { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
