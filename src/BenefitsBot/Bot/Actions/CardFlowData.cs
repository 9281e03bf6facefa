using System.Text.Json;
using BenefitsBot.Localization;

namespace BenefitsBot.Bot.Actions;

/// <summary>The keys every flow button carries besides its own data, and how the pipeline reads them back.</summary>
public static class CardFlowData
{
    /// <summary>The language the card was shown in; the next card keeps it.</summary>
    public const string Language = "lang";

    /// <summary>The version of the flow's stored state the card was drawn from; a different stored version means the card is stale.</summary>
    public const string StateVersion = "stateVersion";

    /// <summary>The version a button carried, or null when it carried none (a forged or foreign payload).</summary>
    public static long? StateVersionOf(CardAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return action.NumberField(StateVersion);
    }

    /// <summary>The card's language when the button carries a supported one; otherwise <paramref name="fallback"/>.</summary>
    public static string LanguageOf(JsonElement data, string fallback) =>
        data.ValueKind == JsonValueKind.Object
        && data.TryGetProperty(Language, out var lang)
        && lang.ValueKind == JsonValueKind.String
        && UserLanguage.All.Contains(lang.GetString())
            ? lang.GetString()!
            : fallback;
}
