using System.Text.Json;
using System.Text.Json.Serialization;

namespace BenefitsBot.Protocol.Activities;

/// <summary>
/// The parts of Teams' <c>channelData</c> the bot reads: tenant, team, channel and the conversationUpdate event type.
/// Read with <see cref="Read"/>, which ignores a field of the wrong shape instead of failing the turn.
/// </summary>
public sealed partial class TeamsChannelData
{
    public TeamsIdentity? Tenant { get; set; }

    public TeamsTeamInfo? Team { get; set; }

    public TeamsIdentity? Channel { get; set; }

    public string? TeamsTeamId { get; set; }

    public string? TeamsChannelId { get; set; }

    public string? EventType { get; set; }

    public TeamsSettings? Settings { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

public sealed class TeamsIdentity
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? Type { get; set; }
}

public sealed class TeamsTeamInfo
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? AadGroupId { get; set; }
}

public sealed class TeamsSettings
{
    public TeamsIdentity? SelectedChannel { get; set; }
}
