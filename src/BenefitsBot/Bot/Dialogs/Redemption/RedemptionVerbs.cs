namespace BenefitsBot.Bot.Dialogs.Redemption;

/// <summary>The <c>redeem.*</c> card verbs. Every button also carries <c>lang</c> and <c>stateVersion</c>.</summary>
public static class RedemptionVerbs
{
    public const string Dialog = "redeem";

    /// <summary>Opens the dialog: the redeemable inventory. Data: optional <c>offerId</c> (nudge cards) to show only that offer's benefits.</summary>
    public const string Start = "redeem.start";

    /// <summary>Chooses one benefit from the list. Data: <c>kind</c> (a record kind, e.g. <c>software-key</c>), <c>id</c>.</summary>
    public const string Pick = "redeem.pick";

    /// <summary>Redeems the chosen benefit with the step's inputs.</summary>
    public const string Confirm = "redeem.confirm";

    /// <summary>Go-To-Market: records the company marketing contact (inputs <c>contactName</c>, <c>contactEmail</c>) before activation.</summary>
    public const string SaveContact = "redeem.contact";

    /// <summary>License-based cloud subscription: the tenant shown is not the right one; ends the dialog, nothing redeemed.</summary>
    public const string WrongTenant = "redeem.wrongtenant";

    /// <summary>Back to the list from a benefit's step.</summary>
    public const string Back = "redeem.back";

    public const string Cancel = "redeem.cancel";
}
