using System.Text.Json.Serialization;

namespace BenefitsBot.Storage.Nudges;

/// <summary>JSON for the nudge tenant records, shaped like the other tenant records (camelCase, enums as names).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true)]
[JsonSerializable(typeof(NudgeSettings))]
[JsonSerializable(typeof(TeamRegistration))]
internal sealed partial class NudgeRecordJsonContext : JsonSerializerContext;
