using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using BenefitsBot.Storage.Tenants;

namespace BenefitsBot.Escalation;

/// <summary>
/// A question a user sent to the company's admins. Privacy: the question's text is stored here, and only here (the
/// question log keeps outcomes, never text), because the admins need it to answer.
/// </summary>
/// <param name="Id">Time-ordered (UUID v7), so listing by record id lists tickets oldest first.</param>
/// <param name="Language">The question's language: the asker is answered, and the knowledge-base entry written, in it.</param>
/// <param name="AskerObjectId">The asker's Entra object id.</param>
/// <param name="AskerUserId">The asker's Teams id (<c>29:…</c>), to open a 1:1 chat when no personal conversation is stored.</param>
/// <param name="AskerConversationId">The conversation the question came from; the answer goes there when it is the 1:1 chat.</param>
public sealed record Ticket(
    string Id,
    string Question,
    string Language,
    string AskerObjectId,
    string AskerUserId,
    string? AskerName,
    string AskerConversationId,
    TicketState State,
    DateTimeOffset CreatedAt) : ITenantRecord<Ticket>
{
    public static string RecordKind => "ticket";

    public static JsonTypeInfo<Ticket> JsonType => EscalationJsonContext.Default.Ticket;

    [JsonIgnore]
    public string RecordId => Id;

    /// <summary>The entry the user found unhelpful, when the ticket came from "Was this helpful? No".</summary>
    public string? SourceEntryId { get; init; }

    /// <summary>The channel thread the ticket card was posted in (<c>&lt;channel&gt;;messageid=&lt;id&gt;</c>); null while not posted.</summary>
    public string? ThreadConversationId { get; init; }

    /// <summary>The ticket card's activity id in that thread, to update the card in place for every viewer.</summary>
    public string? CardActivityId { get; init; }

    public string? AssigneeObjectId { get; init; }

    public string? AssigneeName { get; init; }

    /// <summary>The assignee's Teams id (<c>29:…</c>): the card auto-refreshes for them (Teams wants refresh.userIds listed, at most 60).</summary>
    public string? AssigneeUserId { get; init; }

    public string? Answer { get; init; }

    public string? AnsweredByName { get; init; }

    public DateTimeOffset? ResolvedAt { get; init; }

    /// <summary>Whether the asker got the answer in a 1:1 chat.</summary>
    public bool AskerNotified { get; init; }

    /// <summary>The knowledge-base entry made from the answer, when the admin asked for one.</summary>
    public string? KnowledgeEntryId { get; init; }

    /// <summary>The entry was added, but the same question still does not reach it (an out-of-scope topic such as prices).</summary>
    public bool KnowledgeEntryUnreachable { get; init; }

    /// <summary>The last error adding the answer to the knowledge base, shown on the card.</summary>
    public string? KnowledgeError { get; init; }

    /// <summary>A short reference for people: the id's last six hex digits (the first ones are the timestamp).</summary>
    [JsonIgnore]
    public string ShortId => "#" + Id[^6..];
}
