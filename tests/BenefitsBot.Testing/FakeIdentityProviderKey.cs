using System.Buffers.Text;
using System.Security.Cryptography;

namespace BenefitsBot.Testing;

/// <summary>An RSA signing key of the fake identity provider, published as a JWK with optional endorsements.</summary>
public sealed class FakeIdentityProviderKey : IDisposable
{
    public FakeIdentityProviderKey(string keyId, IReadOnlyList<string>? endorsements)
    {
        KeyId = keyId;
        Endorsements = endorsements;
    }

    public string KeyId { get; }

    /// <summary>Channel ids the key may sign for (Bot Framework keys); null for Entra keys.</summary>
    public IReadOnlyList<string>? Endorsements { get; }

    internal RSA Rsa { get; } = RSA.Create(2048);

    /// <summary>The JWK as the Bot Framework keys document shows it.</summary>
    public Dictionary<string, object> ToJwk()
    {
        var parameters = Rsa.ExportParameters(includePrivateParameters: false);
        var jwk = new Dictionary<string, object>
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = KeyId,
            ["n"] = Base64Url.EncodeToString(parameters.Modulus),
            ["e"] = Base64Url.EncodeToString(parameters.Exponent),
        };
        if (Endorsements is not null)
        {
            jwk["endorsements"] = Endorsements;
        }

        return jwk;
    }

    public void Dispose() => Rsa.Dispose();
}
