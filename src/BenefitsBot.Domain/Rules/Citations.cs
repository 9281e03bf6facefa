namespace BenefitsBot.Domain.Rules;

/// <summary>
/// The article sections each rule is taken from. The MPN benefits FAQ exists as seeds 000 (sv), 003 (nl + en) and 004 (zh-TW + en);
/// we cite 003 because it carries the English text. Benefits FAQ is seed 001, "Manage ... benefits" is seed 002.
/// </summary>
public static class Citations
{
    private const string MpnFaqSeed = "003_b1eb9af574efa9f1";
    private const string MpnFaq = "Microsoft Partner Network benefits FAQ";
    private const string BenefitsFaqSeed = "001_60e76e11d7a58594";
    private const string BenefitsFaq = "Benefits FAQ";
    private const string ManageSeed = "002_de10d847e9924a0e";
    private const string Manage = "Manage your Microsoft Partner Network membership benefits and offers in Partner Center";

    public static ArticleCitation RenewalWindow { get; } = new(MpnFaqSeed, MpnFaq, "Membership: What is the process and timing for renewing competencies?", "membership");

    public static ArticleCitation RenewAnyDayAfterStart { get; } = new(BenefitsFaqSeed, BenefitsFaq, "When can I renew my membership", "q-when-can-i-renew-my-membership");

    public static ArticleCitation GracePeriod { get; } = new(MpnFaqSeed, MpnFaq, "What if a partner missed their 30-day renewal period?", "competency-extension-to-offset-effects-of-covid-19");

    public static ArticleCitation CovidExtension { get; } = new(MpnFaqSeed, MpnFaq, "Competency extension to offset effects of COVID-19", "competency-extension-to-offset-effects-of-covid-19");

    public static ArticleCitation BenefitExpiry { get; } = new(BenefitsFaqSeed, BenefitsFaq, "What does \"Benefit Expiry Date\" mean", "q-what-does-benefit-expiry-date-mean");

    public static ArticleCitation VisualStudioReassignment { get; } = new(BenefitsFaqSeed, BenefitsFaq, "How does Visual Studio Activation work in Partner Center", "q-how-does-visual-studio-activation-work-in-partner-center");

    public static ArticleCitation ReplacementToken { get; } = new(MpnFaqSeed, MpnFaq, "Product licenses: If we activated our token for cloud services on a wrong tenant, or added seats instead of extending, can we get a replacement token?", "product-licenses");

    public static ArticleCitation TokenSplit { get; } = new(MpnFaqSeed, MpnFaq, "Product licenses: Can a single token be used to unlocked multiple subscriptions?", "product-licenses");

    public static ArticleCitation OneActionPack { get; } = new(MpnFaqSeed, MpnFaq, "Product licenses: We recently merged with/acquired another company ...", "product-licenses");

    public static ArticleCitation Refund { get; } = new(ManageSeed, Manage, "Cancel a membership benefit or offer", "cancel-a-membership-benefit-or-offer");

    public static ArticleCitation AddingLicenses { get; } = new(BenefitsFaqSeed, BenefitsFaq, "How does adding, extending/renewing licenses work on Azure", "q-how-does-adding-extendingrenewing-licenses-work-on-azure");

    public static ArticleCitation AzureCredit { get; } = new(ManageSeed, Manage, "Usage-based subscriptions - Microsoft Azure Credit", "usage-based-subscriptions---microsoft-azure-credit");

    public static ArticleCitation BenefitRoles { get; } = new(ManageSeed, Manage, "Manage your membership benefits in the Partner Center", "manage-your-membership-benefits-in-the-partner-center");

    public static ArticleCitation TechnicalBenefits { get; } = new(ManageSeed, Manage, "Manage Technical Benefits - Microsoft Product Support", "manage-technical-benefits---microsoft-product-support");

    public static ArticleCitation GoToMarket { get; } = new(ManageSeed, Manage, "Manage Go-To-Market offers", "manage-go-to-market-offers");

    /// <summary>The section a date rule comes from.</summary>
    public static ArticleCitation For(RuleKind kind) => kind switch
    {
        RuleKind.RenewalWindow => RenewalWindow,
        RuleKind.KeyUsableUntil or RuleKind.UserAssignedBenefitExtension => BenefitExpiry,
        RuleKind.GracePeriodEnd => GracePeriod,
        RuleKind.VsReassignFrom => VisualStudioReassignment,
        RuleKind.ReplacementTokenDeadline => ReplacementToken,
        RuleKind.RefundDeadline => Refund,
        RuleKind.CovidExtension => CovidExtension,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
