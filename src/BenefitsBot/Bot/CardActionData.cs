using System.Text.Json;
using BenefitsBot.Localization;

namespace BenefitsBot.Bot;

/// <summary>The fields our card buttons carry, read defensively: card data comes from the client and may be forged or stale.</summary>
internal sealed record CardActionData(string? EntryId, string Language, bool? Helpful)
{
    public static CardActionData Read(JsonElement? data, string fallbackLanguage)
    {
        if (data is not { ValueKind: JsonValueKind.Object } value)
        {
            return new CardActionData(null, fallbackLanguage, null);
        }

        var entryId = value.TryGetProperty("entryId", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null;
        var language = value.TryGetProperty("lang", out var lang) && lang.ValueKind == JsonValueKind.String && UserLanguage.All.Contains(lang.GetString())
            ? lang.GetString()!
            : fallbackLanguage;
        bool? helpful = value.TryGetProperty("helpful", out var h) && h.ValueKind is JsonValueKind.True or JsonValueKind.False ? h.GetBoolean() : null;
        return new CardActionData(entryId, language, helpful);
    }
}
