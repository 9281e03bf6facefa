using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace BenefitsBot.Testing;

/// <summary>
/// Encodes and signs compact JWS by hand rather than with IdentityModel: the fake must forge what the library refuses
/// to produce (alg none, HMAC with a public key, unknown kids), and minting must not share code with the validator under test.
/// </summary>
internal static class FakeIdentityProviderJwt
{
    public static string Encode(IReadOnlyDictionary<string, object?> header, IReadOnlyDictionary<string, object?> payload, Func<byte[], byte[]>? sign)
    {
        var signingInput = $"{Part(header)}.{Part(payload)}";
        var signature = sign is null ? string.Empty : Base64Url.EncodeToString(sign(Encoding.ASCII.GetBytes(signingInput)));
        return $"{signingInput}.{signature}";
    }

    public static Func<byte[], byte[]> Rsa(RSA key, string algorithm) =>
        data => key.SignData(data, HashFor(algorithm), RSASignaturePadding.Pkcs1);

    public static Func<byte[], byte[]> Hmac(byte[] secret) => data => HMACSHA256.HashData(secret, data);

    private static HashAlgorithmName HashFor(string algorithm) => algorithm switch
    {
        "RS256" => HashAlgorithmName.SHA256,
        "RS384" => HashAlgorithmName.SHA384,
        "RS512" => HashAlgorithmName.SHA512,
        _ => throw new ArgumentOutOfRangeException(nameof(algorithm), algorithm, "Only RS256/384/512 are minted with RSA."),
    };

    private static string Part(IReadOnlyDictionary<string, object?> content) =>
        Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(content.Where(pair => pair.Value is not null).ToDictionary()));
}
