using System.Net;

namespace BenefitsBot.Protocol.Connector;

/// <summary>
/// A failed Bot Connector call, after retries. Carries the HTTP status and the error code from the body, never the
/// message text or a token. Not sealed: <see cref="UnauthorizedServiceUrlException"/> refines it.
/// </summary>
public class ConnectorException : Exception
{
    public ConnectorException()
        : this(ConnectorFailureKind.Other, "The Bot Connector call failed.")
    {
    }

    public ConnectorException(string message)
        : this(ConnectorFailureKind.Other, message)
    {
    }

    public ConnectorException(string message, Exception innerException)
        : this(ConnectorFailureKind.Other, message, innerException: innerException)
    {
    }

    public ConnectorException(
        ConnectorFailureKind kind,
        string message,
        HttpStatusCode? statusCode = null,
        string? errorCode = null,
        string? errorMessage = null,
        Exception? innerException = null)
        : base(message, innerException)
    {
        Kind = kind;
        StatusCode = statusCode;
        ErrorCode = errorCode;
        ErrorMessage = errorMessage;
    }

    public ConnectorFailureKind Kind { get; }

    /// <summary>The last HTTP status, or null when no answer came.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>The connector's error code, e.g. <c>MessageWritesBlocked</c>, <c>ConversationNotFound</c>, or Teams' numeric <c>errorCode</c>.</summary>
    public string? ErrorCode { get; }

    /// <summary>The connector's error message (server text, not ours).</summary>
    public string? ErrorMessage { get; }

    /// <summary>The operation, e.g. <c>SendToConversation</c>.</summary>
    public string? Operation { get; init; }

    public string? ConversationId { get; init; }

    /// <summary>How many HTTP attempts were made (0 when nothing was sent).</summary>
    public int Attempts { get; init; }

    /// <summary>The last <c>Retry-After</c> the connector asked for, so a scheduler can come back later.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>True when the recipient is gone for good (bot removed, user blocked the bot, conversation deleted): stop sending there.</summary>
    public bool IsRecipientUnavailable => Kind is ConnectorFailureKind.Forbidden or ConnectorFailureKind.NotFound;

    /// <summary>True when the same call may succeed later (throttling, gateway errors, network).</summary>
    public bool IsTransient => Kind is ConnectorFailureKind.Throttled or ConnectorFailureKind.Transient or ConnectorFailureKind.Network;
}
