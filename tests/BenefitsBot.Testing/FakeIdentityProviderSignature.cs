namespace BenefitsBot.Testing;

/// <summary>How the fake identity provider signs a token it mints.</summary>
public enum FakeIdentityProviderSignature
{
    /// <summary>With the current published key (the normal case).</summary>
    PublishedKey,

    /// <summary>With an RSA key whose kid is never published.</summary>
    UnpublishedKey,

    /// <summary><c>alg: none</c> and an empty signature.</summary>
    None,

    /// <summary>HS256 keyed with the published key's public modulus: the classic algorithm-confusion forgery.</summary>
    HmacWithPublicKey,
}
