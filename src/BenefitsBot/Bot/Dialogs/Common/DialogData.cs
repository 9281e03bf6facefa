using System.Text.Json;
using BenefitsBot.Bot.Actions;

namespace BenefitsBot.Bot.Dialogs.Common;

/// <summary>The keys every dialog button carries besides its own data, and how to read them back.</summary>
public static class DialogData
{
    /// <summary>The language the card was shown in; the router answers in it.</summary>
    public const string Language = "lang";

    /// <summary>The dialog state version the card was drawn from; a different stored version means the card is stale.</summary>
    public const string StateVersion = "stateVersion";

    /// <summary>The version a button carried, or null when it carried none (a forged or foreign payload).</summary>
    public static long? StateVersionOf(CardAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return action.NumberField(StateVersion);
    }

    /// <summary>A submitted value trimmed, or null when missing or blank (input values arrive as strings).</summary>
    public static string? Text(CardAction action, string field)
    {
        ArgumentNullException.ThrowIfNull(action);
        return action.Field(field)?.Trim() is { Length: > 0 } text ? text : null;
    }

    /// <summary>True when <paramref name="field"/> is the JSON value true or the toggle string "true".</summary>
    public static bool Flag(CardAction action, string field)
    {
        ArgumentNullException.ThrowIfNull(action);
        return action.Data.ValueKind == JsonValueKind.Object
            && action.Data.TryGetProperty(field, out var value)
            && (value.ValueKind == JsonValueKind.True || (value.ValueKind == JsonValueKind.String && value.GetString() == "true"));
    }
}
