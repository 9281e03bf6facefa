namespace BenefitsBot.AdaptiveCards.Elements;

/// <summary>A table (schema 1.5).</summary>
public sealed class Table : CardElement
{
    public List<TableColumnDefinition> Columns { get; init; } = [];

    public List<TableRow> Rows { get; init; } = [];

    public bool? FirstRowAsHeaders { get; init; }

    public bool? ShowGridLines { get; init; }

    public ContainerStyle? GridStyle { get; init; }
}
