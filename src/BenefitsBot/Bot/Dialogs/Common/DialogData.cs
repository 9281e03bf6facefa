using System.Text.Json;
using BenefitsBot.Bot.Actions;

namespace BenefitsBot.Bot.Dialogs.Common;

/// <summary>How a dialog step reads the values a button submitted (the routing keys are <see cref="CardFlowData"/>'s).</summary>
public static class DialogData
{
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
