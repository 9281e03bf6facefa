using System.Text.Json.Nodes;
using BenefitsBot.AdaptiveCards.Actions;
using BenefitsBot.Bot.Actions;

namespace BenefitsBot.Bot.Dialogs.Common;

/// <summary>What a user submitted with a button, minus the routing keys: carried by a retry button so nothing entered is lost.</summary>
public static class DialogInputs
{
    private static readonly HashSet<string> RoutingKeys = [ExecuteAction.VerbDataKey, CardFlowData.Language, CardFlowData.StateVersion];

    public static JsonObject Carry(CardAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var carried = new JsonObject();
        if (action.Data.ValueKind != System.Text.Json.JsonValueKind.Object)
        {
            return carried;
        }

        foreach (var property in action.Data.EnumerateObject().Where(p => !RoutingKeys.Contains(p.Name)))
        {
            carried[property.Name] = JsonNode.Parse(property.Value.GetRawText());
        }

        return carried;
    }
}
