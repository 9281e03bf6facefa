namespace BenefitsBot.AdaptiveCards.Elements;

/// <summary>Label/value pairs, e.g. the dates of a benefit.</summary>
public sealed class FactSet : CardElement
{
    public List<Fact> Facts { get; init; } = [];
}
