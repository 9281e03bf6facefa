using System.Text.Json.Serialization;

namespace BenefitsBot.AdaptiveCards.Inputs;

/// <summary>A choice list; with <see cref="ChoicesData"/> Teams asks the bot for choices as the user types (typeahead).</summary>
public sealed class ChoiceSetInput(string id) : CardInput(id)
{
    /// <summary>Static choices; the SDK requires at least one even when <see cref="ChoicesData"/> is set.</summary>
    public List<Choice> Choices { get; init; } = [];

    public ChoiceInputStyle? Style { get; init; }

    public bool? IsMultiSelect { get; init; }

    /// <summary>The selected value(s); comma separated when <see cref="IsMultiSelect"/>.</summary>
    public string? Value { get; init; }

    public string? Placeholder { get; init; }

    public bool? Wrap { get; init; }

    /// <summary>
    /// Dynamic typeahead: Teams sends <c>application/search</c> invokes for this dataset. Teams documents it on
    /// 1.2–1.5 cards; the JS SDK registers it at 1.6 (see AdaptiveCardOracle).
    /// </summary>
    [JsonPropertyName("choices.data")]
    public DataQuery? ChoicesData { get; init; }
}
