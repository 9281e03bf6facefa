namespace BenefitsBot.AdaptiveCards.Inputs;

public sealed class NumberInput(string id) : CardInput(id)
{
    public double? Value { get; init; }

    public double? Min { get; init; }

    public double? Max { get; init; }

    public string? Placeholder { get; init; }
}
