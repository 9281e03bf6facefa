using System.Text.Json;
using System.Text.Json.Nodes;

namespace BenefitsBot.Testing.Turns;

/// <summary>A card's Action.Execute buttons (not their Action.Submit fallbacks), to press them as the user would.</summary>
public static class CardButtons
{
    /// <summary>Every Action.Execute with <paramref name="verb"/>, anywhere in the card, in card order.</summary>
    public static IReadOnlyList<JsonElement> Of(JsonElement card, string verb) =>
        [.. Objects(card).Where(o => o.TryGetProperty("type", out var type) && type.GetString() == "Action.Execute"
            && o.TryGetProperty("verb", out var v) && v.GetString() == verb)];

    /// <summary>The button's data, as a press sends it.</summary>
    public static JsonObject DataOf(JsonElement button) => JsonNode.Parse(button.GetProperty("data").GetRawText())!.AsObject();

    /// <summary>A string field of the button's data, or null.</summary>
    public static string? Field(JsonElement button, string name) =>
        button.TryGetProperty("data", out var data) && data.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static IEnumerable<JsonElement> Objects(JsonElement node) => node.ValueKind switch
    {
        JsonValueKind.Object => node.EnumerateObject().SelectMany(p => Objects(p.Value)).Prepend(node),
        JsonValueKind.Array => node.EnumerateArray().SelectMany(Objects),
        _ => [],
    };
}
