using System.Security.Claims;

namespace BenefitsBot.Protocol.Turns;

/// <summary>Decides who sent an inbound activity. Needs the parsed activity because the serviceUrl and channelId checks look at it.</summary>
public interface IActivityAuthenticator
{
    Task<ActivityAuthentication> AuthenticateAsync(string? authorizationHeader, string? channelId, string? serviceUrl, CancellationToken cancellationToken);
}

/// <summary>The caller's identity, or why the request is refused (a short reason, never token contents).</summary>
public sealed record ActivityAuthentication(ClaimsIdentity? Identity, string? FailureReason)
{
    public static ActivityAuthentication Success(ClaimsIdentity identity) => new(identity, null);

    public static ActivityAuthentication Failure(string reason) => new(null, reason);
}
