namespace BenefitsBot.AdaptiveCards.Inputs;

public sealed class ToggleInput(string id, string title) : CardInput(id)
{
    public string Title { get; } = title;

    public string? Value { get; init; }

    public string? ValueOn { get; init; }

    public string? ValueOff { get; init; }

    public bool? Wrap { get; init; }
}
