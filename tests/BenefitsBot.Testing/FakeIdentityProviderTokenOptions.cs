namespace BenefitsBot.Testing;

/// <summary>Knobs for a minted token; the defaults give a token valid for an hour.</summary>
public sealed record FakeIdentityProviderTokenOptions
{
    /// <summary>RS256, RS384 or RS512 (ignored for <see cref="FakeIdentityProviderSignature.None"/> and HMAC).</summary>
    public string Algorithm { get; init; } = "RS256";

    public FakeIdentityProviderSignature Signature { get; init; } = FakeIdentityProviderSignature.PublishedKey;

    public DateTimeOffset? ExpiresAt { get; init; }

    public DateTimeOffset? NotBefore { get; init; }

    /// <summary>Overrides the <c>iss</c> the token would otherwise carry.</summary>
    public string? Issuer { get; init; }

    /// <summary>Claims added or replaced last (a null value removes the claim).</summary>
    public IReadOnlyDictionary<string, object?> Claims { get; init; } = new Dictionary<string, object?>();
}
