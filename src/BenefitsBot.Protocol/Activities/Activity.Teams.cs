using System.Text.Json.Serialization;

namespace BenefitsBot.Protocol.Activities;

/// <summary>Teams specifics read off an activity: tenant, team, channel, locale, time zone. Derived, so never written to the wire.</summary>
public sealed partial class Activity
{
    private TeamsChannelData? teamsChannelData;

    /// <summary><c>channelData</c> read as Teams shapes it, fields of another shape left out (<see cref="TeamsChannelData.Read"/>).</summary>
    public TeamsChannelData GetTeamsChannelData() => teamsChannelData ??= TeamsChannelData.Read(ChannelData);

    [JsonIgnore]
    public string? TenantId => GetTeamsChannelData().Tenant?.Id ?? Conversation?.TenantId;

    [JsonIgnore]
    public string? TeamId => GetTeamsChannelData().Team?.Id ?? GetTeamsChannelData().TeamsTeamId;

    [JsonIgnore]
    public string? TeamsChannelId => GetTeamsChannelData().Channel?.Id ?? GetTeamsChannelData().TeamsChannelId;

    [JsonIgnore]
    public bool IsPersonalConversation => Conversation?.ConversationType is null or "personal" && Conversation?.IsGroup != true;

    /// <summary>The user's locale: the activity's own, else the <c>clientInfo</c> entity's.</summary>
    [JsonIgnore]
    public string? UserLocale => string.IsNullOrWhiteSpace(Locale) ? FindEntity("clientInfo")?.GetString("locale") : Locale;

    /// <summary>The user's IANA time zone: <c>localTimezone</c>, else the <c>clientInfo</c> entity's.</summary>
    [JsonIgnore]
    public string? UserTimeZone => string.IsNullOrWhiteSpace(LocalTimezone) ? FindEntity("clientInfo")?.GetString("timezone") : LocalTimezone;

    public Entity? FindEntity(string type) => Entities?.FirstOrDefault(e => e is not null && string.Equals(e.Type, type, StringComparison.OrdinalIgnoreCase));
}
