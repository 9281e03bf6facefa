namespace BenefitsBot.Graph;

/// <summary>
/// The admin roles the benefits articles name. Only the Entra ones can be read from Graph; the Partner Center roles
/// (<see cref="AccountAdmin"/>, <see cref="MpnPartnerAdmin"/>, <see cref="AdminAgent"/>) live in Partner Center, which Graph
/// cannot see, so the role gate has to take them from what a Global admin recorded in the bot.
/// </summary>
public enum AdminRole
{
    /// <summary>Entra Global Administrator: may do everything the articles describe.</summary>
    GlobalAdministrator,

    /// <summary>Entra User Administrator, the "User management admin" of the articles.</summary>
    UserAdministrator,

    /// <summary>Entra Billing Administrator (purchases and the annual fee).</summary>
    BillingAdministrator,

    /// <summary>Partner Center Account admin (reviews the company profile before renewal); not in Entra.</summary>
    AccountAdmin,

    /// <summary>Partner Center MPN partner admin (activates benefits, Go-To-Market); not in Entra.</summary>
    MpnPartnerAdmin,

    /// <summary>Partner Center Admin agent (CSP; membership of the partner tenant's AdminAgents group); not an Entra directory role.</summary>
    AdminAgent,
}
