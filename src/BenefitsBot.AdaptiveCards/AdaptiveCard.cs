using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace BenefitsBot.AdaptiveCards;

/// <summary>An Adaptive Card, schema 1.5 at most (the highest version Teams renders).</summary>
public sealed class AdaptiveCard
{
    public const string SchemaUrl = "http://adaptivecards.io/schemas/adaptive-card.json";

    public const string MaxVersion = "1.5";

    /// <summary>The <c>contentType</c> of an activity attachment whose <c>content</c> is <see cref="ToJsonObject"/>.</summary>
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    [JsonPropertyName("$schema")]
    [JsonPropertyOrder(-3)]
    public string? Schema { get; init; } = SchemaUrl;

    [JsonPropertyOrder(-2)]
    public string Type { get; } = "AdaptiveCard";

    /// <summary>"major.minor", at most <see cref="MaxVersion"/>: Teams does not render later cards.</summary>
    [JsonPropertyOrder(-1)]
    public string Version
    {
        get;
        init => field = CardVersion.IsAtMostMax(value)
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"Teams renders card versions up to {MaxVersion}.");
    } = MaxVersion;

    /// <summary>A 2–3 letter language code; region tags such as "nl-NL" are cut to "nl" because the SDK rejects them.</summary>
    public string? Lang
    {
        get;
        init => field = value is null ? null : CardLanguage.Normalize(value);
    }

    public string? FallbackText { get; init; }

    public string? Speak { get; init; }

    [JsonPropertyName("msteams")]
    public TeamsCardProperties? MsTeams { get; init; }

    public CardRefresh? Refresh { get; init; }

    public List<CardElement> Body { get; init; } = [];

    public List<CardAction>? Actions { get; init; }

    public string ToJson() => JsonSerializer.Serialize(this, CardJson.Options);

    /// <summary>The card as a JSON tree, for the <c>content</c> of an activity attachment.</summary>
    public JsonObject ToJsonObject() => JsonSerializer.SerializeToNode(this, CardJson.Options)!.AsObject();

    public JsonElement ToJsonElement() => JsonSerializer.SerializeToElement(this, CardJson.Options);

    public static AdaptiveCard FromJson(string json) =>
        JsonSerializer.Deserialize<AdaptiveCard>(json, CardJson.Options)
        ?? throw new JsonException("The JSON is null, not an Adaptive Card.");
}
