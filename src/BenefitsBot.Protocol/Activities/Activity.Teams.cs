using System.Text.Json;
using System.Text.Json.Serialization;

namespace BenefitsBot.Protocol.Activities;

/// <summary>Teams specifics read off an activity: tenant, team, channel, locale, time zone. Derived, so never written to the wire.</summary>
public sealed partial class Activity
{
    private TeamsChannelData? teamsChannelData;

    /// <summary><c>channelData</c> read as Teams shapes it; an empty object when there is none or it is not an object.</summary>
    public TeamsChannelData GetTeamsChannelData()
    {
        if (teamsChannelData is null)
        {
            teamsChannelData = ChannelData is { ValueKind: JsonValueKind.Object } data
                ? data.Deserialize(ActivityJsonContext.Default.TeamsChannelData) ?? new TeamsChannelData()
                : new TeamsChannelData();
        }

        return teamsChannelData;
    }

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

    public Entity? FindEntity(string type) => Entities?.FirstOrDefault(e => string.Equals(e.Type, type, StringComparison.OrdinalIgnoreCase));
}
