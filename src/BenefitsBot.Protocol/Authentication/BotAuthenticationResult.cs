using System.Diagnostics.CodeAnalysis;
using System.Security.Claims;

namespace BenefitsBot.Protocol.Authentication;

/// <summary>The outcome of checking an inbound request: an identity, or a short reason fit for a log line (never token contents).</summary>
public sealed class BotAuthenticationResult
{
    private BotAuthenticationResult(ClaimsIdentity? identity, string? callerAppId, bool isAnonymous, string? failureReason, bool isUnavailable = false)
    {
        Identity = identity;
        CallerAppId = callerAppId;
        IsAnonymous = isAnonymous;
        FailureReason = failureReason;
        IsUnavailable = isUnavailable;
    }

    [MemberNotNullWhen(true, nameof(Identity))]
    [MemberNotNullWhen(false, nameof(FailureReason))]
    public bool Succeeded => Identity is not null;

    public ClaimsIdentity? Identity { get; }

    /// <summary>The calling app (<c>appid</c> for v1 tokens, <c>azp</c> for v2), when the token names one.</summary>
    public string? CallerAppId { get; }

    public bool IsAnonymous { get; }

    public string? FailureReason { get; }

    /// <summary>The token could not be checked because the signing keys are unavailable: the bot's problem, not the caller's (503).</summary>
    public bool IsUnavailable { get; }

    /// <summary>Botbuilder's anonymous identity: no claims, authentication type <c>anonymous</c>.</summary>
    public static BotAuthenticationResult Anonymous() => new(new ClaimsIdentity([], "anonymous"), null, true, null);

    public static BotAuthenticationResult Success(ClaimsIdentity identity, string? callerAppId) => new(identity, callerAppId, false, null);

    public static BotAuthenticationResult Failure(string reason) => new(null, null, false, reason);

    public static BotAuthenticationResult Unavailable(string reason) => new(null, null, false, reason, isUnavailable: true);
}
