using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using BenefitsBot.Storage.Tenants;

namespace BenefitsBot.Escalation;

/// <summary>The admins' channel for tickets, one per tenant, chosen by an admin typing "tickets here" in it.</summary>
/// <param name="ConversationId">The channel conversation the command came from; its stored conversation reference says where to post.</param>
/// <param name="Language">The language the admin typed the command in: ticket cards are written in it.</param>
/// <param name="ChosenBy">The admin's Entra object id.</param>
public sealed record TicketChannel(string ConversationId, string Language, string ChosenBy, DateTimeOffset ChosenAt) : ITenantRecord<TicketChannel>
{
    /// <summary>The one record id: a tenant has one admins' channel.</summary>
    public const string SingleId = "admins";

    public static string RecordKind => "ticket-channel";

    public static JsonTypeInfo<TicketChannel> JsonType => EscalationJsonContext.Default.TicketChannel;

    [JsonIgnore]
    public string RecordId => SingleId;
}
