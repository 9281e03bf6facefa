using System.Text.Json.Serialization;

namespace BenefitsBot.AdaptiveCards.Inputs;

/// <summary>The <c>choices.data</c> of a typeahead choice set: which dataset the bot searches.</summary>
public sealed class DataQuery(string dataset)
{
    [JsonPropertyOrder(-1)]
    public string Type { get; } = "Data.Query";

    public string Dataset { get; } = dataset;

    /// <summary><see cref="AdaptiveCards.AssociatedInputs.Auto"/> sends the card's other input values with each search.</summary>
    public AssociatedInputs? AssociatedInputs { get; init; }
}
