namespace BenefitsBot.AdaptiveCards.Elements;

public sealed class ColumnSet : CardElement
{
    public List<Column> Columns { get; init; } = [];

    public ContainerStyle? Style { get; init; }
}
