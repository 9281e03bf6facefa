using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using BenefitsBot.Storage.Tenants;

namespace BenefitsBot.Suggestions;

/// <summary>
/// A question someone in the tenant asked, and the entry they then chose as its answer: suggested as an alternate phrasing
/// of that entry's question, for the tenant's admins to accept or reject. Nothing is accepted automatically. Privacy: the
/// question's text is kept while the suggestion waits and, once accepted, as the tenant's alternate question; a rejected
/// suggestion keeps no text (only that it was rejected, for the report's counts).
/// </summary>
/// <param name="Id">Time-ordered (UUID v7): listing by record id lists suggestions oldest first. An accepted one's alternate has this id.</param>
/// <param name="Language">The question's language: the alternate is indexed in it.</param>
/// <param name="Question">The asker's words; null once rejected.</param>
public sealed record AlternateSuggestion(
    string Id,
    string EntryId,
    string Language,
    string? Question,
    SuggestionSource Source,
    SuggestionState State,
    DateTimeOffset CreatedAt) : ITenantRecord<AlternateSuggestion>
{
    /// <summary>The longest question kept; a longer one is cut (the clarify card's data is client input).</summary>
    public const int MaxQuestionLength = 300;

    public static string RecordKind => "alternate-suggestion";

    public static JsonTypeInfo<AlternateSuggestion> JsonType => SuggestionJsonContext.Default.AlternateSuggestion;

    [JsonIgnore]
    public string RecordId => Id;

    /// <summary>How many times the same question led to the same entry while the suggestion waited.</summary>
    public int Times { get; init; } = 1;

    /// <summary>The admin who accepted or rejected it (Entra object id).</summary>
    public string? DecidedBy { get; init; }

    public string? DecidedByName { get; init; }

    public DateTimeOffset? DecidedAt { get; init; }
}
