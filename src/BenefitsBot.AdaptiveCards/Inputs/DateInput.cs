namespace BenefitsBot.AdaptiveCards.Inputs;

/// <summary>A date picker; dates serialize as yyyy-MM-dd, the format the schema wants.</summary>
public sealed class DateInput(string id) : CardInput(id)
{
    public DateOnly? Value { get; init; }

    public DateOnly? Min { get; init; }

    public DateOnly? Max { get; init; }

    public string? Placeholder { get; init; }
}
