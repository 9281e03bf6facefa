using System.Net;
using System.Text.Json;
using BenefitsBot.Protocol.Activities;

namespace BenefitsBot.Protocol.Connector;

/// <summary>Reads the error code and message out of a connector error body, in either shape Teams uses.</summary>
internal static class ConnectorErrorBody
{
    public static (string? Code, string? Message) Read(string? body)
    {
        if (string.IsNullOrWhiteSpace(body) || body.TrimStart()[0] != '{')
        {
            return (null, null); // gateways answer with HTML or nothing: there is no code to read
        }

        ErrorResponse? error;
        try
        {
            error = JsonSerializer.Deserialize(body, ActivityJsonContext.Default.ErrorResponse);
        }
        catch (JsonException)
        {
            return (null, null); // a malformed error body still fails the call by its status code
        }

        if (error?.Error is { } detail)
        {
            return (detail.Code, detail.Message);
        }

        var numericCode = error?.ErrorCode is { } code ? code.ToString() : null;
        return (ReadSubCode(error?.Message) ?? numericCode, error?.Message);
    }

    public static ConnectorFailureKind KindOf(HttpStatusCode status) => status switch
    {
        HttpStatusCode.BadRequest => ConnectorFailureKind.BadRequest,
        HttpStatusCode.Unauthorized => ConnectorFailureKind.Unauthorized,
        HttpStatusCode.Forbidden => ConnectorFailureKind.Forbidden,
        HttpStatusCode.NotFound => ConnectorFailureKind.NotFound,
        HttpStatusCode.TooManyRequests => ConnectorFailureKind.Throttled,
        _ when ConnectorRetryPipeline.IsRetriableStatus(status) => ConnectorFailureKind.Transient,
        _ => ConnectorFailureKind.Other,
    };

    // Teams nests a JSON object in "message": {"subCode":"MessageWritesBlocked",...}.
    private static string? ReadSubCode(string? message)
    {
        if (message is null || !message.TrimStart().StartsWith('{'))
        {
            return null;
        }

        try
        {
            using var nested = JsonDocument.Parse(message);
            return nested.RootElement.ValueKind == JsonValueKind.Object
                && nested.RootElement.TryGetProperty("subCode", out var subCode) && subCode.ValueKind == JsonValueKind.String
                ? subCode.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null; // a message that merely starts with '{' is plain text
        }
    }
}
