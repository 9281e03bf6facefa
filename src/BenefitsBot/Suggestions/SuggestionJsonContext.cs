using System.Text.Json.Serialization;

namespace BenefitsBot.Suggestions;

/// <summary>JSON for the suggestion records, with the same conventions as the other tenant records (camelCase, enums as names).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true)]
[JsonSerializable(typeof(AlternateSuggestion))]
internal sealed partial class SuggestionJsonContext : JsonSerializerContext;
