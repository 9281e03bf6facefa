using System.Text.Json.Nodes;

namespace BenefitsBot.AdaptiveCards.Actions;

/// <summary>Sends the data and input values as a message activity (or, with <c>msteams</c> data, an invoke).</summary>
public sealed class SubmitAction : CardAction
{
    public JsonObject? Data { get; init; }

    public AssociatedInputs? AssociatedInputs { get; init; }
}
