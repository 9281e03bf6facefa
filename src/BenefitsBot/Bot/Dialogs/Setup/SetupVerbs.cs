namespace BenefitsBot.Bot.Dialogs.Setup;

/// <summary>The setup dialog's buttons; every one needs a Global admin.</summary>
public static class SetupVerbs
{
    public const string Prefix = "setup";
    public const string Start = "setup.start";
    public const string Cancel = "setup.cancel";

    /// <summary>The admin confirms the tenant read from Graph is theirs.</summary>
    public const string ConfirmTenant = "setup.tenant.confirm";

    /// <summary>Records one membership offer. Inputs: offerKind, competencyArea, purchaseDate / purchaseDateText.</summary>
    public const string AddOffer = "setup.offer.add";

    public const string OpenRoles = "setup.roles.open";

    /// <summary>Records Partner Center roles for a user. Inputs: userId (picked) or userQuery (name/email), roleAccountAdmin, roleMpnPartnerAdmin.</summary>
    public const string GrantRoles = "setup.roles.grant";

    public const string Finish = "setup.finish";
}
