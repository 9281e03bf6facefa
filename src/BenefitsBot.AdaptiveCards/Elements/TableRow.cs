using System.Text.Json.Serialization;

namespace BenefitsBot.AdaptiveCards.Elements;

public sealed class TableRow
{
    [JsonPropertyOrder(-1)]
    public string Type { get; } = "TableRow";

    public List<TableCell> Cells { get; init; } = [];

    public ContainerStyle? Style { get; init; }
}
