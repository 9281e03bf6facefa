namespace BenefitsBot.Bot.Dialogs.Renewal;

/// <summary>The renewal dialog's buttons.</summary>
public static class RenewalVerbs
{
    public const string Prefix = "renewal";

    /// <summary>The data field naming the membership offer (<c>MembershipOffer.OfferId</c>).</summary>
    public const string OfferIdField = "offerId";

    /// <summary>Opens the dialog. Data: optional <c>offerId</c> (nudge cards send it) to go straight to that offer's status.</summary>
    public const string Start = "renewal.start";

    public const string Cancel = "renewal.cancel";

    /// <summary>Shows one offer's status and checklist. Data: <c>offerId</c>.</summary>
    public const string Choose = "renewal.choose";

    /// <summary>Records the renewal. Inputs: the checklist toggles <c>profileReviewed</c>, <c>requirementsMet</c> (competencies), <c>feePaid</c>.</summary>
    public const string Record = "renewal.record";

    /// <summary>Missed window: records the offer as lapsed.</summary>
    public const string Lapse = "renewal.lapse";
}
