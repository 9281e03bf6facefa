namespace BenefitsBot.AdaptiveCards.Elements;

/// <summary>A group of elements, optionally styled (e.g. <see cref="ContainerStyle.Warning"/> for a note).</summary>
public sealed class Container : CardElement
{
    public List<CardElement> Items { get; init; } = [];

    public ContainerStyle? Style { get; init; }

    public bool? Bleed { get; init; }

    public VerticalAlignment? VerticalContentAlignment { get; init; }

    /// <summary>The action run when the whole area is selected (not Action.ShowCard).</summary>
    public CardAction? SelectAction { get; init; }
}
