namespace BenefitsBot.AdaptiveCards.Inputs;

/// <summary>An input; its <see cref="CardElement.Id"/> is the key of its value in the submitted data, so it is required.</summary>
public abstract class CardInput : CardElement
{
    protected CardInput(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
    }

    public string? Label { get; init; }

    public bool? IsRequired { get; init; }

    public string? ErrorMessage { get; init; }
}
