using System.Text.Json;
using System.Text.Json.Serialization;

namespace BenefitsBot.Protocol.Connector;

/// <summary>
/// A connector error body. The documented shape is <c>{"error":{"code","message"}}</c>; Teams also answers
/// <c>{"errorCode":209,"message":"{\"subCode\":\"MessageWritesBlocked\"}"}</c>, which lands in <see cref="ErrorCode"/> and <see cref="Message"/>.
/// </summary>
public sealed class ErrorResponse
{
    public ErrorDetail? Error { get; set; }

    public JsonElement? ErrorCode { get; set; }

    public string? Message { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

public sealed class ErrorDetail
{
    public string? Code { get; set; }

    public string? Message { get; set; }
}
