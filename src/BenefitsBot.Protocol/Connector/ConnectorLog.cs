using System.Net;
using Microsoft.Extensions.Logging;

namespace BenefitsBot.Protocol.Connector;

/// <summary>Connector log lines: operation, status, error code and conversation id; never message text or tokens.</summary>
internal static partial class ConnectorLog
{
    [LoggerMessage(1, LogLevel.Information, "Connector {Operation} to conversation {ConversationId}: attempt {Attempt} got {StatusCode} {ExceptionType}; retrying in {DelayMs} ms")]
    public static partial void Retrying(ILogger logger, string operation, string? conversationId, int attempt, HttpStatusCode? statusCode, string? exceptionType, double delayMs);

    [LoggerMessage(2, LogLevel.Warning, "Connector {Operation} to conversation {ConversationId} failed after {Attempts} attempt(s): {StatusCode} {ErrorCode} ({Kind})")]
    public static partial void Failed(ILogger logger, string operation, string? conversationId, int attempts, HttpStatusCode? statusCode, string? errorCode, ConnectorFailureKind kind);

    [LoggerMessage(3, LogLevel.Warning, "Connector {Operation} to conversation {ConversationId} got no answer after {Attempts} attempt(s): {ExceptionType}")]
    public static partial void Unreachable(ILogger logger, string operation, string? conversationId, int attempts, string exceptionType);

    [LoggerMessage(4, LogLevel.Warning, "Connector {Operation} to conversation {ConversationId} refused: service host {Host} is not allow-listed")]
    public static partial void UntrustedHost(ILogger logger, string operation, string? conversationId, string host);
}
