namespace BenefitsBot.Protocol.Authentication;

/// <summary>Claim names as the Bot Framework tokens spell them (lower case, not mapped).</summary>
internal static class BotClaimNames
{
    public const string AppId = "appid";
    public const string AuthorizedParty = "azp";
    public const string Version = "ver";
    public const string ServiceUrl = "serviceurl";
    public const string TenantId = "tid";
}
