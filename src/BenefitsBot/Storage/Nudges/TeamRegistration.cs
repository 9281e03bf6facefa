using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using BenefitsBot.Storage.Tenants;

namespace BenefitsBot.Storage.Nudges;

/// <summary>A team the bot was installed in, with its channels, remembered from installation and conversation updates.</summary>
/// <param name="ServiceUrl">Where to create threads in this team (the latest serviceUrl seen).</param>
/// <param name="BotId">The bot's id in the team (<c>28:…</c>).</param>
/// <param name="Active">False once the bot was removed from the team or a post answered 403/404.</param>
/// <param name="InactiveReason">Why it is inactive, e.g. <c>removed</c> or the connector's error code.</param>
public sealed record TeamRegistration(
    string TeamId,
    string? Name,
    string ServiceUrl,
    string? BotId,
    IReadOnlyList<TeamChannel> Channels,
    bool Active,
    DateTimeOffset UpdatedAt,
    string? InactiveReason) : ITenantRecord<TeamRegistration>
{
    public static string RecordKind => "nudge-team";

    public static JsonTypeInfo<TeamRegistration> JsonType => NudgeRecordJsonContext.Default.TeamRegistration;

    [JsonIgnore]
    public string RecordId => TeamId;

    /// <summary>The channel's name; the General channel (id = team id) has none from the connector.</summary>
    public string ChannelName(string channelId) =>
        Channels.FirstOrDefault(c => c.Id == channelId)?.Name is { Length: > 0 } name ? name : "General";
}
