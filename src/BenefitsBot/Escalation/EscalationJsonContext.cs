using System.Text.Json.Serialization;

namespace BenefitsBot.Escalation;

/// <summary>JSON for the escalation records, with the same conventions as the other tenant records (camelCase, enums as names).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true)]
[JsonSerializable(typeof(Ticket))]
[JsonSerializable(typeof(TicketChannel))]
[JsonSerializable(typeof(TicketRequest))]
internal sealed partial class EscalationJsonContext : JsonSerializerContext;
