using System.Text.Json;
using System.Text.Json.Serialization;

namespace BenefitsBot.Protocol.Activities;

/// <summary>A user or bot in a conversation. Teams members endpoints say <c>objectId</c> where activities say <c>aadObjectId</c>; both are read.</summary>
public sealed class ChannelAccount
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? AadObjectId { get; set; }

    /// <summary>The members endpoints' spelling of <see cref="AadObjectId"/>.</summary>
    public string? ObjectId { get; set; }

    public string? Role { get; set; }

    public string? Email { get; set; }

    public string? UserPrincipalName { get; set; }

    public string? TenantId { get; set; }

    public string? UserRole { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }

    /// <summary>The Entra object id, whichever field carried it.</summary>
    [JsonIgnore]
    public string? EntraObjectId => AadObjectId ?? ObjectId;
}
