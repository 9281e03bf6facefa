namespace BenefitsBot.Bot.Dialogs.Redemption;

/// <summary>One line of the redemption list: a benefit still to redeem (or a membership to cancel), by record kind and id.</summary>
public sealed record RedeemableBenefit(string Kind, string Id, string Title, string? MembershipOfferId);
