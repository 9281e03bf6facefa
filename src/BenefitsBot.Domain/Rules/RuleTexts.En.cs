namespace BenefitsBot.Domain.Rules;

/// <summary>English texts.</summary>
internal static class RuleTextsEn
{
    public static LanguageTexts Texts { get; } = new("en", "en-US", "MMMM d, yyyy", new Dictionary<RuleMessage, string>
    {
        [RuleMessage.RenewalWindow] = "Your 30-day renewal window runs from {start} to {end}: it opens the day after the anniversary of your purchase ({anchor}). You keep access to your benefits during the window, and you can renew any day from {start}.",
        [RuleMessage.KeyUsableUntil] = "A product key redeemed on {anchor} can be used for one year, until {date}.",
        [RuleMessage.GracePeriodEnd] = "You can reactivate by paying the fee on the Membership offers page in Partner Center up to 30 days after the anniversary date {anchor}, so until {date}. After that, submit a support ticket in Partner Center asking for a COVID override.",
        [RuleMessage.UserAssignedBenefitExtension] = "Benefits that need a user assignment, such as Visual Studio subscriptions, can be activated and used for 30 more days after the enrollment renewal date {anchor}, so until {date}.",
        [RuleMessage.VsReassignFrom] = "A Visual Studio subscription can be reassigned to another subscriber once 90 days have passed since the original assignment ({anchor}), so from {date}.",
        [RuleMessage.ReplacementTokenDeadline] = "A replacement token (token activated on the wrong tenant, or seats added instead of extending) is issued only once, within 30 days of activating the original token ({anchor}), so request it by {date}.",
        [RuleMessage.RefundDeadline] = "To cancel with a refund, send a service request within 30 days of purchase ({anchor}), so by {date}, and only if you have not activated the software benefits.",
        [RuleMessage.CovidCovered] = "Your competency anniversary {anchor} is between July 1 and December 31, 2020, so the competency was extended through the next anniversary, {date}. The fee was due within the 30-day renewal period.",
        [RuleMessage.CovidNotCovered] = "The COVID extension applied only to competency anniversaries between July 1 and December 31, 2020; {anchor} is outside that range.",
        [RuleMessage.EligibleYes] = "Yes, that is still possible today.",
        [RuleMessage.NotYet] = "Not yet: that is possible from {from}.",
        [RuleMessage.PastDeadline] = "No, the deadline ({date}) has passed.",
        [RuleMessage.OneTimeOnly] = "No: a replacement token is issued only once.",
        [RuleMessage.SoftwareBenefitsActivated] = "No: the refund is only possible if the software benefits were not activated.",
        [RuleMessage.DaysLeft] = "{days} days left.",
        [RuleMessage.LastDayToday] = "Today is the last day.",
        [RuleMessage.AskPurchaseDate] = "When did you buy it? Tell me the purchase date and I'll work out the dates.",
        [RuleMessage.AskAnniversaryDate] = "What is your anniversary (expiry) date? Tell me the date and I'll work out the deadline.",
        [RuleMessage.AskRedemptionDate] = "When did you (or will you) redeem the key? Tell me the date.",
        [RuleMessage.AskEnrollmentRenewalDate] = "What is your enrollment renewal date? Tell me the date.",
        [RuleMessage.AskAssignmentDate] = "When was the subscription first assigned? Tell me the date.",
        [RuleMessage.AskActivationDate] = "When was the original token activated? Tell me the date.",
        [RuleMessage.PurchaseBenefits] = "You don't have to be a Global admin to purchase benefits.",
        [RuleMessage.AssignBenefits] = "Only a Global admin can assign benefits to employees.",
        [RuleMessage.ActivateBenefits] = "Activating most benefits or downloading software keys needs the Global admin or MPN partner admin role.",
        [RuleMessage.ActivateTechnicalBenefits] = "Technical benefits can be activated by a Global admin or MPN partner admin; if the Activate button is greyed out, your account has neither role.",
        [RuleMessage.ActivateGoToMarket] = "Go-To-Market offers are activated by a Global admin or MPN partner admin, after first assigning a company marketing contact.",
        [RuleMessage.OneActionPackPerAccount] = "A partner company may purchase one Action Pack per Partner global account.",
        [RuleMessage.SignatureCloudSupport] = "Signature Cloud Support is for Gold/Silver competency partners only, not for Action Pack subscribers.",
        [RuleMessage.MicrosoftProductSupport] = "Microsoft Product Support is for both Action Pack and Gold/Silver competency partners.",
        [RuleMessage.BulkCreditNotCombinable] = "Azure Bulk Credit can't be combined with other licensing, prepaid or credit offers (Enterprise Agreement, Cloud Solution Partner, Azure in Open, Azure Pass, Action Pack).",
        [RuleMessage.MonthlyCreditUsers] = "With the Azure monthly credit you can add or remove users at any time.",
        [RuleMessage.BulkCreditTransferOnly] = "Users can't be removed from the Azure Bulk Credit, but you can transfer it to someone else during your enrollment year.",
        [RuleMessage.AddingSeatsShortensTerm] = "Adding licenses (seats) instead of extending gives a subscription that ends in less than 12 months.",
        [RuleMessage.KeyRedeemedOnce] = "Once a key is redeemed, it can't be redeemed again.",
        [RuleMessage.TokensCannotBeSplit] = "Tokens can't be split: a 25-seat token can't be turned into five 5-seat tokens.",
    });
}
