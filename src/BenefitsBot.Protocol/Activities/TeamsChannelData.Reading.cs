using System.Text.Json;

namespace BenefitsBot.Protocol.Activities;

/// <summary>
/// Tolerant reading: each field is taken only when it has the shape Teams gives it (an object, a non-blank string); anything
/// else is left out (and named in <c>ignored</c> when of another shape), so <c>{"tenant":"abc"}</c> or <c>{"eventType":7}</c>
/// reads as "no tenant", "no event".
/// </summary>
public sealed partial class TeamsChannelData
{
    /// <summary>The Teams fields of <paramref name="channelData"/>; an empty object when it is missing or not an object.</summary>
    /// <param name="ignored">Receives the path (<c>channelData.tenant</c>) of each field of the wrong shape.</param>
    public static TeamsChannelData Read(JsonElement? channelData, ICollection<string>? ignored = null)
    {
        if (channelData is not { } data || data.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            return new TeamsChannelData();
        }

        var reader = new FieldReader(ignored);
        if (data.ValueKind != JsonValueKind.Object)
        {
            reader.Ignore("channelData");
            return new TeamsChannelData();
        }

        var settings = reader.Object(data, "channelData", "settings");
        var team = reader.Object(data, "channelData", "team");
        return new TeamsChannelData
        {
            Tenant = reader.Identity(data, "channelData", "tenant"),
            Team = team is { } t
                ? new TeamsTeamInfo
                {
                    Id = reader.Id(t, "channelData.team", "id"),
                    Name = reader.String(t, "channelData.team", "name"),
                    AadGroupId = reader.String(t, "channelData.team", "aadGroupId"),
                }
                : null,
            Channel = reader.Identity(data, "channelData", "channel"),
            TeamsTeamId = reader.Id(data, "channelData", "teamsTeamId"),
            TeamsChannelId = reader.Id(data, "channelData", "teamsChannelId"),
            EventType = reader.String(data, "channelData", "eventType"),
            Settings = settings is { } s ? new TeamsSettings { SelectedChannel = reader.Identity(s, "channelData.settings", "selectedChannel") } : null,
        };
    }

    private readonly struct FieldReader(ICollection<string>? ignored)
    {
        public TeamsIdentity? Identity(JsonElement parent, string path, string name) =>
            Object(parent, path, name) is { } value
                ? new TeamsIdentity
                {
                    Id = Id(value, $"{path}.{name}", "id"),
                    Name = String(value, $"{path}.{name}", "name"),
                    Type = String(value, $"{path}.{name}", "type"),
                }
                : null;

        public JsonElement? Object(JsonElement parent, string path, string name) =>
            Field(parent, path, name, JsonValueKind.Object);

        /// <summary>The string, or null when it is absent, of another shape, or blank (an id of spaces names nothing).</summary>
        public string? String(JsonElement parent, string path, string name) =>
            Field(parent, path, name, JsonValueKind.String)?.GetString() is { } value && !string.IsNullOrWhiteSpace(value) ? value : null;

        /// <summary>An id: a string as <see cref="String"/>, left out (and named) when <see cref="Activity.IsUsableId"/> says it names nothing.</summary>
        public string? Id(JsonElement parent, string path, string name)
        {
            var value = String(parent, path, name);
            if (value is not null && !Activity.IsUsableId(value))
            {
                Ignore($"{path}.{name} (control characters or over {Activity.MaxIdLength} characters)");
                return null;
            }

            return value;
        }

        public void Ignore(string path) => ignored?.Add(path);

        /// <summary>The field when it has <paramref name="kind"/>; null when absent or JSON null; otherwise ignored (and named).</summary>
        private JsonElement? Field(JsonElement parent, string path, string name, JsonValueKind kind)
        {
            // Property names are matched case-insensitively, as the source-generated reader did (JsonSerializerDefaults.Web).
            foreach (var property in parent.EnumerateObject())
            {
                if (!string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                if (property.Value.ValueKind == kind)
                {
                    return property.Value;
                }

                if (property.Value.ValueKind != JsonValueKind.Null)
                {
                    Ignore($"{path}.{name}");
                }

                return null;
            }

            return null;
        }
    }
}
