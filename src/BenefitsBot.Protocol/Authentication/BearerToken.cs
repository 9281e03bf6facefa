using System.Diagnostics.CodeAnalysis;

namespace BenefitsBot.Protocol.Authentication;

/// <summary>botbuilder's <c>JwtTokenExtractor</c> header rule: exactly two parts on a space, the scheme exactly <c>Bearer</c>.</summary>
internal static class BearerToken
{
    public static bool TryRead(string header, [NotNullWhen(true)] out string? token)
    {
        var parts = header.Split(' ');
        token = parts.Length == 2 && parts[0] == "Bearer" && parts[1].Length > 0 ? parts[1] : null;
        return token is not null;
    }
}
