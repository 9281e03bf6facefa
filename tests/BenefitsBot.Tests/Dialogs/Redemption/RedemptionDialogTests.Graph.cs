using BenefitsBot.Testing.Turns;
using BenefitsBot.Storage.Tenants;
using BenefitsBot.Testing;
using BenefitsBot.Testing.FakeGraph;
using BenefitsBot.Tests.Flows;

namespace BenefitsBot.Tests.Dialogs.Redemption;

/// <summary>Graph failures (403 names the permission, throttling, down with nothing lost), cancelling, and every card through the oracle.</summary>
public abstract partial class RedemptionDialogTests
{
    [Fact]
    public async Task CloudSubscription_GraphForbidsOrganization_RetryCardNamesPermission()
    {
        var admin = GlobalAdmin();
        await admin.SeedAsync(new CloudSubscription("m365", "ap", "Microsoft 365 E3", 5, null));
        var list = await admin.SayAsync("redeem");
        App.Graph.InjectFault(FakeGraphFault.Forbidden(), times: 1, when: r => r.Path.EndsWith("/organization", StringComparison.Ordinal));

        var card = await admin.PressAsync(list, "redeem.pick", which: CardFlowDriver.Titled("Microsoft 365"));

        Assert.Contains("Organization.Read.All", CardFlowDriver.TextOf(card), StringComparison.Ordinal);
        var retry = CardFlowDriver.Button(card, "redeem.pick");
        Assert.Equal(("cloud-subscription", "m365"), (retry["kind"]!.GetValue<string>(), retry["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task CloudSubscription_GraphDownAtConfirm_RetryKeepsInputsThenRedeems()
    {
        var admin = GlobalAdmin();
        await admin.SeedAsync(new CloudSubscription("m365", "ap", "Microsoft 365 E3", 5, null));
        var step = await admin.PressAsync(await admin.SayAsync("redeem"), "redeem.pick", which: CardFlowDriver.Titled("Microsoft 365"));
        var down = true;
        App.Graph.InjectFault(FakeGraphFault.Unavailable(), times: 100, when: r => down && r.Path.EndsWith("/organization", StringComparison.Ordinal));

        var retryCard = await admin.PressAsync(step, "redeem.confirm", new { mode = "extend", tenantConfirmed = "true" });
        down = false;
        var done = await admin.PressAsync(retryCard, "redeem.confirm");

        Assert.Contains("not answering", CardFlowDriver.TextOf(retryCard), StringComparison.Ordinal);
        var carried = CardFlowDriver.Button(retryCard, "redeem.confirm");
        Assert.Equal(("extend", "true"), (carried["mode"]!.GetValue<string>(), carried["tenantConfirmed"]!.GetValue<string>()));
        Assert.Contains("subscription is extended", CardFlowDriver.TextOf(done), StringComparison.Ordinal);
        Assert.NotNull((await admin.FindAsync<CloudSubscription>("m365"))!.KeyRedeemedAt);
    }

    [Fact]
    public async Task Pick_GraphThrottling_ThrottledRetryCardNothingChanged()
    {
        var admin = GlobalAdmin();
        await admin.SeedAsync(new CloudSubscription("m365", "ap", "Microsoft 365 E3", 5, null));
        var list = await admin.SayAsync("redeem");
        var throttling = true;
        App.Graph.InjectFault(FakeGraphFault.Throttled(0), times: 100, when: r => throttling && r.Path.EndsWith("/organization", StringComparison.Ordinal));

        var card = await admin.PressAsync(list, "redeem.pick", which: CardFlowDriver.Titled("Microsoft 365"));
        throttling = false;

        Assert.Contains("slow down", CardFlowDriver.TextOf(card), StringComparison.Ordinal);
        Assert.True(CardFlowDriver.HasButton(card, "redeem.cancel"));
        Assert.Null((await admin.FindAsync<CloudSubscription>("m365"))!.KeyRedeemedAt);
    }

    [Fact]
    public async Task Cancel_MidDialog_EndsItAndLaterPressesAreStale()
    {
        var admin = GlobalAdmin();
        await admin.SeedAsync(new TechnicalBenefit("t1", "gold", "Signature Cloud Support", null, null, null));
        var step = await admin.PressAsync(await admin.SayAsync("redeem"), "redeem.pick", which: CardFlowDriver.Titled("Signature"));

        var cancelled = await admin.PressAsync(step, "redeem.cancel");
        var late = await admin.PressAsync(step, "redeem.confirm", new { accessId = "A", contractId = "C" });

        Assert.Contains("Nothing was redeemed", CardFlowDriver.TextOf(cancelled), StringComparison.Ordinal);
        Assert.Contains("dialog has ended", CardFlowDriver.TextOf(late), StringComparison.Ordinal);
        Assert.Null((await admin.FindAsync<TechnicalBenefit>("t1"))!.ActivatedAt);
    }

    [Theory]
    [InlineData("en-US", "redeem")]
    [InlineData("sv-SE", "lös in")]
    [InlineData("nl-NL", "inwisselen")]
    [InlineData("zh-TW", "兌換")]
    public async Task EveryStepCard_FourLanguages_ValidForTeamsAtVersion15(string locale, string command)
    {
        var admin = GlobalAdmin(locale);
        var today = TeamsActivities.UserToday();
        await admin.SeedAsync(new SoftwareKey("k", "ap", "Windows Server 2022", "English", "x64", null));
        await admin.SeedAsync(new CloudSubscription("c", "ap", "Microsoft 365 E3", 5, null));
        await admin.SeedAsync(new AzureCredit("a", "ap", AzureCreditKind.Bulk, 5000m, []));
        await admin.SeedAsync(new VisualStudioSubscription("v", "ap", "Visual Studio Enterprise", "x", today.AddDays(-3)));
        await admin.SeedAsync(new TechnicalBenefit("t", "ap", "Signature Cloud Support", null, null, null));
        await admin.SeedAsync(new GoToMarketOffer("g", "ap", "Co-sell campaign", null));
        await admin.SeedAsync(new MembershipOffer("ap", MembershipOfferKind.ActionPack, null, today.AddDays(-3), today.AddDays(362), MembershipOfferStatus.Active, null));
        var list = await admin.SayAsync(command);
        foreach (var kind in new[] { "software-key", "cloud-subscription", "azure-credit", "visual-studio-subscription", "technical-benefit", "go-to-market-offer", "membership-offer" })
        {
            var step = await admin.PressAsync(list, "redeem.pick", which: n => n.GetProperty("data").GetProperty("kind").GetString() == kind);
            // Confirming with an impossible choice shows each step's error card; a cancellation would go through, so that one is only looked at.
            var invalid = new { keyLanguage = "-", mode = "", user = "", userText = "" };
            var again = kind == "membership-offer" ? step : await admin.PressAsync(step, CardFlowDriver.HasButton(step, "redeem.confirm") ? "redeem.confirm" : "redeem.contact", invalid);
            list = await admin.PressAsync(again, "redeem.back");
        }

        await admin.PressAsync(list, "redeem.cancel");

        var results = await AdaptiveCardOracle.ValidateAsync(admin.Cards);
        Assert.True(results.All(r => r.ValidForTeams), string.Join("\n", results.Where(r => !r.ValidForTeams).Take(5)));
        Assert.Equal(admin.Cards.Count, results.Count);
        Assert.True(admin.Cards.Count >= 16, $"only {admin.Cards.Count} cards seen");
    }
}
