using BenefitsBot.Storage.Tenants;

namespace BenefitsBot.Tests.Storage;

/// <summary>One filled-in record of each kind, as the dialogs would write them.</summary>
internal static class TenantRecordSamples
{
    public static readonly DateTimeOffset At = new(2026, 3, 14, 9, 26, 53, TimeSpan.FromHours(1));

    public static MembershipOffer Offer(string id = "ap-2026") =>
        new(id, MembershipOfferKind.GoldCompetency, "Cloud Platform", new DateOnly(2025, 4, 1), new DateOnly(2026, 4, 1), MembershipOfferStatus.Active, null);

    public static AzureCredit Credit(params string[] users) =>
        new("azure-monthly", "ap-2026", AzureCreditKind.Monthly, 100m, users);

    public static SoftwareKey Key() => new("key-1", "ap-2026", "Windows Server 2022 Standard", "sv-SE", "x64", At);

    public static CloudSubscription Cloud() => new("m365-e3", "ap-2026", "Microsoft 365 E3", 5, null);

    public static VisualStudioSubscription VisualStudio() =>
        new("vs-1", "ap-2026", "Enterprise", "6f1a3c2e-0000-4000-8000-000000000001", new DateOnly(2026, 1, 15));

    public static TechnicalBenefit Technical() => new("sig-support", null, "Signature support incidents", "ACC-123", "CON-456", At);

    public static GoToMarketOffer GoToMarket() => new("gtm-case-study", "ap-2026", "Case study", null);

    public static MarketingContact Contact() => new("Anna Berg", "anna@contoso.example", null);

    public static Redemption Redeemed() =>
        new("r-1", SoftwareKey.RecordKind, "key-1", "6f1a3c2e-0000-4000-8000-0000000000aa", At, RedemptionStatus.Completed, "sv-SE x64");

    public static DialogState Dialog(string user = "29:user-1", int step = 2) =>
        new("a:1;messageid=2", user, "redemption.software", step, """{"product":"Windows Server","language":"sv-SE"}""");
}
