using System.Text.Json;
using System.Text.Json.Serialization;

namespace BenefitsBot.Protocol.Turns;

/// <summary>The <c>value</c> of an <c>adaptiveCard/action</c> invoke (Action.Execute).</summary>
public sealed class AdaptiveCardInvokeValue
{
    public AdaptiveCardInvokeAction? Action { get; set; }

    public string? Trigger { get; set; }

    public string? State { get; set; }
}

public sealed class AdaptiveCardInvokeAction
{
    public string? Type { get; set; }

    public string? Id { get; set; }

    public string? Verb { get; set; }

    /// <summary>The card's <c>data</c> merged with the input values.</summary>
    public JsonElement? Data { get; set; }
}

/// <summary>The <c>value</c> of an <c>application/search</c> invoke (typeahead on Input.ChoiceSet).</summary>
public sealed class SearchInvokeValue
{
    public string? Kind { get; set; }

    public string? QueryText { get; set; }

    public string? Dataset { get; set; }

    public SearchQueryOptions? QueryOptions { get; set; }

    public JsonElement? Data { get; set; }
}

public sealed class SearchQueryOptions
{
    public int? Skip { get; set; }

    public int? Top { get; set; }
}

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(AdaptiveCardInvokeValue))]
[JsonSerializable(typeof(SearchInvokeValue))]
internal sealed partial class InvokeJsonContext : JsonSerializerContext;
