using System.Text.Json;
using BenefitsBot.Protocol.Activities;

namespace BenefitsBot.Bot.Actions;

/// <summary>
/// One button press: an <c>adaptiveCard/action</c> invoke (Action.Execute: the result replaces the card in place) or its
/// Action.Submit fallback (the result is sent as a new message). <see cref="Data"/> comes from the client: it may be forged or replayed.
/// </summary>
public sealed record CardAction(string Verb, JsonElement Data, BotUser User, Activity Activity)
{
    /// <summary>A string field of <see cref="Data"/>, or null when it is missing or not a string.</summary>
    public string? Field(string name) =>
        Data.ValueKind == JsonValueKind.Object && Data.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    /// <summary>A whole-number field of <see cref="Data"/> (number or numeric string), or null.</summary>
    public long? NumberField(string name)
    {
        if (Data.ValueKind != JsonValueKind.Object || !Data.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetInt64(out var number) => number,
            JsonValueKind.String when long.TryParse(value.GetString(), System.Globalization.CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => null,
        };
    }
}
