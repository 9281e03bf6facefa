using System.Text.Json.Serialization;

namespace BenefitsBot.AdaptiveCards.Elements;

public sealed class TableCell
{
    [JsonPropertyOrder(-1)]
    public string Type { get; } = "TableCell";

    public List<CardElement> Items { get; init; } = [];

    public ContainerStyle? Style { get; init; }
}
