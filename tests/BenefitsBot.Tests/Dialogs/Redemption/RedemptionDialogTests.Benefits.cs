using BenefitsBot.Testing.Turns;
using BenefitsBot.Storage.Tenants;
using RedemptionRecord = BenefitsBot.Storage.Tenants.Redemption;
using BenefitsBot.Testing.FakeGraph;
using BenefitsBot.Tests.Flows;

namespace BenefitsBot.Tests.Dialogs.Redemption;

/// <summary>The other benefit types: software keys, Azure credit, Visual Studio, Go-To-Market, cancellation and refund.</summary>
public abstract partial class RedemptionDialogTests
{
    [Fact]
    public async Task SoftwareKey_LanguageAndOsChosen_RedeemsMatchingKeyWithUsableUntil()
    {
        var admin = GlobalAdmin();
        await admin.SeedAsync(new SoftwareKey("k-en", "ap", "Windows Server 2022", "English", "x64", null));
        await admin.SeedAsync(new SoftwareKey("k-sv", "ap", "Windows Server 2022", "Swedish", "x64", null));
        var step = await admin.PressAsync(await admin.SayAsync("redeem"), "redeem.pick", which: CardFlowDriver.Titled("Windows Server"));

        var none = await admin.PressAsync(step, "redeem.confirm", new { keyLanguage = "Swedish", keyOs = "arm64" });
        var done = await admin.PressAsync(none, "redeem.confirm", new { keyLanguage = "Swedish", keyOs = "x64" });

        Assert.Contains("No key is left", CardFlowDriver.TextOf(none), StringComparison.Ordinal);
        Assert.Contains("can be used for one year", CardFlowDriver.TextOf(done), StringComparison.Ordinal);
        Assert.NotNull((await admin.FindAsync<SoftwareKey>("k-sv"))!.RedeemedAt);
        Assert.Null((await admin.FindAsync<SoftwareKey>("k-en"))!.RedeemedAt);
    }

    [Fact]
    public async Task AzureMonthlyCredit_GuestTypedByEmail_AssignedToExistingEntraUser()
    {
        var admin = GlobalAdmin();
        var guestId = "guest-" + Guid.NewGuid().ToString("N");
        App.Graph.AddUsers(FakeGraphUser.Guest(guestId, "Gita Guest", $"gita.{guestId[6..12]}@fabrikam.example"));
        await admin.SeedAsync(new AzureCredit("monthly", "ap", AzureCreditKind.Monthly, 100m, []));
        var step = await admin.PressAsync(await admin.SayAsync("redeem"), "redeem.pick", which: CardFlowDriver.Titled("Monthly"));

        var nobody = await admin.PressAsync(step, "redeem.confirm", new { userText = "nobody-at-all@nowhere.example" });
        var done = await admin.PressAsync(nobody, "redeem.confirm", new { userText = $"gita.{guestId[6..12]}@fabrikam.example" });

        Assert.Contains("I found no one called \"nobody-at-all@nowhere.example\"", CardFlowDriver.TextOf(nobody), StringComparison.Ordinal);
        Assert.Equal("nobody-at-all@nowhere.example", CardFlowDriver.InputValue(nobody, "userText"));
        Assert.Contains("Gita Guest", CardFlowDriver.TextOf(done), StringComparison.Ordinal);
        Assert.Equal([guestId], (await admin.FindAsync<AzureCredit>("monthly"))!.UserObjectIds);
    }

    [Fact]
    public async Task AzureBulkCredit_UserOnAnotherCredit_RefusedAsNotCombinable()
    {
        var admin = GlobalAdmin();
        var userId = "dev-" + Guid.NewGuid().ToString("N");
        App.Graph.AddUsers(new FakeGraphUser(userId, "Dana Dev " + userId[4..8], userId + "@contoso.example"));
        await admin.SeedAsync(new AzureCredit("monthly", "ap", AzureCreditKind.Monthly, 100m, [userId]));
        await admin.SeedAsync(new AzureCredit("bulk", "gold", AzureCreditKind.Bulk, 5000m, []));
        var step = await admin.PressAsync(await admin.SayAsync("redeem"), "redeem.pick", which: CardFlowDriver.Titled("Bulk"));

        var refused = await admin.PressAsync(step, "redeem.confirm", new { user = userId + "@contoso.example" });

        Assert.Contains("can't be combined", CardFlowDriver.TextOf(refused), StringComparison.Ordinal);
        Assert.Empty((await admin.FindAsync<AzureCredit>("bulk"))!.UserObjectIds);
        Assert.Empty(await admin.ListAsync<RedemptionRecord>());
    }

    [Fact]
    public async Task VisualStudio_AssignedUnder90DaysAgo_ReassignmentRefusedUntilRuleDate()
    {
        var admin = GlobalAdmin();
        var userId = "vs-" + Guid.NewGuid().ToString("N");
        App.Graph.AddUsers(new FakeGraphUser(userId, "Vera Visual " + userId[3..8], userId + "@contoso.example"));
        var today = TeamsActivities.UserToday();
        await admin.SeedAsync(new VisualStudioSubscription("recent", "ap", "Visual Studio Enterprise", "someone-else", today.AddDays(-10)));
        await admin.SeedAsync(new VisualStudioSubscription("old", "ap", "Visual Studio Professional", "someone-else", today.AddDays(-120)));
        var list = await admin.SayAsync("redeem");

        var recent = await admin.PressAsync(list, "redeem.pick", which: CardFlowDriver.Titled("Enterprise"));
        var refused = await admin.PressAsync(recent, "redeem.confirm", new { user = userId + "@contoso.example" });
        var old = await admin.PressAsync(await admin.PressAsync(refused, "redeem.back"), "redeem.pick", which: CardFlowDriver.Titled("Professional"));
        var done = await admin.PressAsync(old, "redeem.confirm", new { user = userId + "@contoso.example" });

        Assert.Contains("once 90 days have passed", CardFlowDriver.TextOf(refused), StringComparison.Ordinal);
        Assert.Equal("someone-else", (await admin.FindAsync<VisualStudioSubscription>("recent"))!.AssigneeObjectId);
        Assert.Contains("is assigned to", CardFlowDriver.TextOf(done), StringComparison.Ordinal);
        var moved = await admin.FindAsync<VisualStudioSubscription>("old");
        Assert.Equal((userId, today), (moved!.AssigneeObjectId, moved.AssignedOn!.Value));
    }

    [Fact]
    public async Task GoToMarket_NoMarketingContact_ContactFirstThenActivation()
    {
        var admin = GlobalAdmin();
        await admin.SeedAsync(new GoToMarketOffer("gtm", "gold", "Co-sell ready campaign", null));
        var step = await admin.PressAsync(await admin.SayAsync("redeem"), "redeem.pick", which: CardFlowDriver.Titled("Co-sell"));

        Assert.False(CardFlowDriver.HasButton(step, "redeem.confirm"));
        var bad = await admin.PressAsync(step, "redeem.contact", new { contactName = "Mia Marketing", contactEmail = "not-an-email" });
        var activation = await admin.PressAsync(bad, "redeem.contact", new { contactName = "Mia Marketing", contactEmail = "mia@contoso-partner.com" });
        var done = await admin.PressAsync(activation, "redeem.confirm");

        Assert.Contains("valid email", CardFlowDriver.TextOf(bad), StringComparison.Ordinal);
        Assert.Contains("mia@contoso-partner.com", CardFlowDriver.TextOf(activation), StringComparison.Ordinal);
        Assert.Contains("Mia Marketing", CardFlowDriver.TextOf(done), StringComparison.Ordinal);
        Assert.Equal("mia@contoso-partner.com", (await admin.FindAsync<MarketingContact>(MarketingContact.SingleId))!.Email);
        Assert.NotNull((await admin.FindAsync<GoToMarketOffer>("gtm"))!.ActivatedAt);
    }

    [Fact]
    public async Task Cancellation_RefundEligibilityFromRules_RecordedAsRefundedOrCancelled()
    {
        var admin = GlobalAdmin();
        var today = TeamsActivities.UserToday();
        await admin.SeedAsync(new MembershipOffer("fresh", MembershipOfferKind.ActionPack, null, today.AddDays(-5), today.AddDays(360), MembershipOfferStatus.Active, null));
        await admin.SeedAsync(new MembershipOffer("used", MembershipOfferKind.GoldCompetency, "Cloud Platform", today.AddDays(-5), today.AddDays(360), MembershipOfferStatus.Active, null));
        await admin.SeedAsync(new SoftwareKey("k", "used", "Office", "English", "x64", DateTimeOffset.UtcNow));
        var list = await admin.SayAsync("redeem");

        var fresh = await admin.PressAsync(list, "redeem.pick", which: CardFlowDriver.Titled("Action Pack"));
        await admin.PressAsync(fresh, "redeem.confirm");
        var used = await admin.PressAsync(await admin.SayAsync("redeem"), "redeem.pick", which: CardFlowDriver.Titled("Gold"));
        var usedDone = await admin.PressAsync(used, "redeem.confirm");

        Assert.Contains("Yes, that is still possible today", CardFlowDriver.TextOf(fresh), StringComparison.Ordinal);
        Assert.Contains("not activated the software benefits", CardFlowDriver.TextOf(used), StringComparison.Ordinal);
        Assert.Contains("without a refund", CardFlowDriver.TextOf(usedDone), StringComparison.Ordinal);
        var statuses = (await admin.ListAsync<RedemptionRecord>()).ToDictionary(r => r.Value.BenefitId, r => r.Value.Status);
        Assert.Equal(RedemptionStatus.Refunded, statuses["fresh"]);
        Assert.Equal(RedemptionStatus.Cancelled, statuses["used"]);
        Assert.Equal(MembershipOfferStatus.Cancelled, (await admin.FindAsync<MembershipOffer>("used"))!.Status);
    }
}
