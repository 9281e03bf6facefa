namespace BenefitsBot.Protocol.Authentication;

/// <summary>How the bot gets its outbound token (config key <c>MicrosoftAppType</c>, botbuilder spelling).</summary>
public enum BotAppType
{
    /// <summary>Client secret against the <c>botframework.com</c> tenant (the default, as in botbuilder).</summary>
    MultiTenant,

    /// <summary>Client secret against the bot's own tenant.</summary>
    SingleTenant,

    /// <summary>A user-assigned managed identity whose client id is the app id.</summary>
    UserAssignedMsi,
}
