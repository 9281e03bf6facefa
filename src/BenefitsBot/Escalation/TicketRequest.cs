using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using BenefitsBot.Storage.Tenants;

namespace BenefitsBot.Escalation;

/// <summary>
/// Which ticket one asker's question made: its id is a key of (asker, question), so a second press of the same "Ask the
/// admins" button (the Action.Submit fallback can arrive twice) finds that ticket instead of making another. The store's
/// insert decides between two presses at once.
/// </summary>
/// <param name="Key">Hex SHA-256 of the asker's object id and the question (case and spacing ignored).</param>
public sealed record TicketRequest(string Key, string TicketId, DateTimeOffset At) : ITenantRecord<TicketRequest>
{
    public static string RecordKind => "ticket-request";

    public static JsonTypeInfo<TicketRequest> JsonType => EscalationJsonContext.Default.TicketRequest;

    [JsonIgnore]
    public string RecordId => Key;

    public static string KeyOf(string askerObjectId, string question)
    {
        ArgumentNullException.ThrowIfNull(askerObjectId);
        ArgumentNullException.ThrowIfNull(question);
        var words = string.Join(' ', question.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(askerObjectId + "\n" + words)));
    }
}
