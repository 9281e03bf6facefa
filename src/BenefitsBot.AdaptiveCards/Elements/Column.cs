using System.Text.Json.Serialization;

namespace BenefitsBot.AdaptiveCards.Elements;

public sealed class Column
{
    public const string Auto = "auto";

    public const string Stretch = "stretch";

    [JsonPropertyOrder(-1)]
    public string Type { get; } = "Column";

    public string? Id { get; init; }

    /// <summary><see cref="Auto"/>, <see cref="Stretch"/>, a weight such as "2", or pixels such as "50px".</summary>
    public string? Width { get; init; }

    public ContainerStyle? Style { get; init; }

    public VerticalAlignment? VerticalContentAlignment { get; init; }

    /// <summary>The action run when the whole area is selected (not Action.ShowCard).</summary>
    public CardAction? SelectAction { get; init; }

    public List<CardElement> Items { get; init; } = [];
}
