using System.Text.Json.Serialization;

namespace BenefitsBot.Bot.Access;

/// <summary>JSON for the role gate's tenant records, shaped like the other tenant records (camelCase, enums as names).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true)]
[JsonSerializable(typeof(PartnerRoleGrant))]
internal sealed partial class AccessRecordJsonContext : JsonSerializerContext;
