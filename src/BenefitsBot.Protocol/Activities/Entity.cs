using System.Text.Json;
using System.Text.Json.Serialization;

namespace BenefitsBot.Protocol.Activities;

/// <summary>An activity entity: <c>mention</c>, <c>clientInfo</c> and others; fields beyond <c>type</c> stay as JSON.</summary>
public sealed class Entity
{
    public string? Type { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    public string? GetString(string name) =>
        Properties is not null && Properties.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
