using System.Text.Json;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace BenefitsBot.Protocol.Authentication;

/// <summary>
/// botbuilder's endorsement rule: the channel's signing key must list the activity's channel id.
/// The endorsements survive only in <c>JsonWebKeySet.Keys[*].AdditionalData</c> (reference §1.3, observed on 8.16.0).
/// </summary>
internal static class SigningKeyEndorsements
{
    /// <summary>Null when the key may sign for the channel, else the reason.</summary>
    public static string? Check(OpenIdConnectConfiguration configuration, string? keyId, string? channelId)
    {
        var key = configuration.JsonWebKeySet?.Keys.FirstOrDefault(candidate => candidate.Kid == keyId);
        if (key is null || !key.AdditionalData.TryGetValue("endorsements", out var raw) || raw is not JsonElement { ValueKind: JsonValueKind.Array } endorsements)
        {
            return "signing key has no endorsements";
        }

        if (string.IsNullOrEmpty(channelId))
        {
            return null;
        }

        var endorsed = endorsements.EnumerateArray().Any(item => item.ValueKind == JsonValueKind.String && item.GetString() == channelId);
        return endorsed ? null : "signing key is not endorsed for the channel";
    }
}
