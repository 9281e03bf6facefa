namespace BenefitsBot.Protocol.Connector;

/// <summary>Why a connector call failed, coarse enough for callers (nudges) to choose: retry later, mark the reference inactive, or report a bug.</summary>
public enum ConnectorFailureKind
{
    /// <summary>Anything not covered below (for example an unexpected 4xx or 500).</summary>
    Other,

    /// <summary>400: the request itself is wrong; retrying will not help.</summary>
    BadRequest,

    /// <summary>401: the bot token was refused.</summary>
    Unauthorized,

    /// <summary>403: the bot was removed from the team, or the user blocked or uninstalled it (<c>MessageWritesBlocked</c>).</summary>
    Forbidden,

    /// <summary>404: the conversation, activity, member or team does not exist (any more).</summary>
    NotFound,

    /// <summary>429 still answered after every retry.</summary>
    Throttled,

    /// <summary>412 / 502 / 503 / 504 still answered after every retry.</summary>
    Transient,

    /// <summary>No HTTP answer (connection failure or attempt timeout) after every retry.</summary>
    Network,

    /// <summary>A token would have been sent to a service host that is not allow-listed; nothing was sent.</summary>
    UntrustedServiceUrl,

    /// <summary>A 2xx answer whose body could not be read.</summary>
    InvalidResponse,
}
