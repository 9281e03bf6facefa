using BenefitsBot.AdaptiveCards;
using BenefitsBot.Bot.Dialogs.Common;
using BenefitsBot.Localization;
using BenefitsBot.Storage.Tenants;

namespace BenefitsBot.Bot.Dialogs.Redemption;

/// <summary>What a benefit's confirm step decided: show the step again (an input is missing or a rule says no; nothing changed), or apply the redemption.</summary>
public sealed record RedemptionOutcome(AdaptiveCard? Again, Func<CancellationToken, Task<RedemptionReceipt>>? Apply)
{
    public static RedemptionOutcome ShowAgain(AdaptiveCard card) => new(card, null);

    /// <summary>The benefit was redeemed or removed since the card was drawn: nothing to do.</summary>
    public static RedemptionOutcome Gone(string language) => ShowAgain(DialogCard.Message(
        language, RedemptionTexts.Get("AlreadyRedeemedTitle", language), RedemptionTexts.Get("BenefitGone", language), ContainerStyle.Warning));

    public static RedemptionOutcome Redeem(Func<CancellationToken, Task<RedemptionReceipt>> apply) => new(null, apply);
}

/// <summary>What was redeemed: the text the admin reads, and the detail kept in the Redemption record and audit log.</summary>
public sealed record RedemptionReceipt(string Summary, string Detail, RedemptionStatus Status = RedemptionStatus.Completed);
