using System.Text.Json;
using System.Text.Json.Serialization;

namespace BenefitsBot.Protocol.Activities;

/// <summary>Source-generated JSON for the protocol types: camelCase, nulls omitted, unknown fields tolerated.</summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(TeamsChannelData))]
[JsonSerializable(typeof(ConversationReference))]
[JsonSerializable(typeof(JsonElement))]
public sealed partial class ActivityJsonContext : JsonSerializerContext;
