using System.Text.Json.Nodes;
using BenefitsBot.Bot.Access;
using BenefitsBot.Graph;
using BenefitsBot.Storage.Audit;
using BenefitsBot.Storage.Tenants;
using RedemptionRecord = BenefitsBot.Storage.Tenants.Redemption;
using BenefitsBot.Testing.FakeGraph;
using BenefitsBot.Tests.Hosting;
using BenefitsBot.Tests.Flows;

namespace BenefitsBot.Tests.Dialogs.Redemption;

/// <summary>The redemption dialog end to end (messages and invokes through the turn pipeline, real Graph SDK against the fake Graph), on each store.</summary>
public abstract partial class RedemptionDialogTests
{
    protected RedemptionDialogTests(AdminBotApp app)
    {
        App = app;
        app.Graph.Organization = new FakeGraphOrganization(
            "72f988bf-0000-4000-8000-0000000000aa",
            "Contoso Partner Ltd",
            [new FakeGraphDomain("contosopartner.onmicrosoft.com", IsInitial: true), new FakeGraphDomain("contoso-partner.com", IsDefault: true)]);
    }

    protected AdminBotApp App { get; }

    protected CardFlowDriver GlobalAdmin(string locale = "en-US") => new(App, locale, KnownDirectoryRoles.GlobalAdministrator);

    [Fact]
    public async Task RedeemCommand_GlobalAdmin_ListsOpenBenefitsByType()
    {
        var admin = GlobalAdmin();
        await admin.SeedAsync(new SoftwareKey("k1", "ap", "Windows Server 2022", "English", "x64", null));
        await admin.SeedAsync(new SoftwareKey("k2", "ap", "Windows Server 2022", "Swedish", "x64", null));
        await admin.SeedAsync(new CloudSubscription("m365", "ap", "Microsoft 365 E3", 5, null));
        await admin.SeedAsync(new CloudSubscription("used", "ap", "Dynamics 365", 5, DateTimeOffset.UtcNow));

        var card = await admin.SayAsync("redeem");

        var text = CardFlowDriver.TextOf(card);
        Assert.Contains("Windows Server 2022 (2 open)", text, StringComparison.Ordinal);
        Assert.Contains("Microsoft 365 E3", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Dynamics 365", text, StringComparison.Ordinal);
        Assert.Contains("Software keys", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartButton_OfNudgeCard_ListsOnlyThatOffersBenefits()
    {
        var admin = GlobalAdmin();
        await admin.SeedAsync(new TechnicalBenefit("t1", "gold-1", "Signature Cloud Support", null, null, null));
        await admin.SeedAsync(new TechnicalBenefit("t2", "ap-1", "Product Support Incidents", null, null, null));

        var nudge = BenefitsBot.Bot.Dialogs.Common.DialogCard.Create("en", "Nudge", [], [BenefitsBot.Bot.Dialogs.Redemption.RedemptionListCard.StartButton("gold-1", "en")]).ToJsonElement();

        var card = await admin.PressAsync(nudge, "redeem.start");

        var text = CardFlowDriver.TextOf(card);
        Assert.Contains("Signature Cloud Support", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Product Support Incidents", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CloudSubscription_TenantConfirmed_RedeemsOnceWithRecordAndAudit()
    {
        var admin = GlobalAdmin();
        await admin.SeedAsync(new CloudSubscription("m365", "ap", "Microsoft 365 E3", 5, null));
        var list = await admin.SayAsync("redeem");

        var step = await admin.PressAsync(list, "redeem.pick", which: CardFlowDriver.Titled("Microsoft 365 E3"));
        var stepText = CardFlowDriver.TextOf(step);
        var done = await admin.PressAsync(step, "redeem.confirm", new { mode = "addSeats", tenantConfirmed = "true" });

        Assert.Contains("Contoso Partner Ltd", stepText, StringComparison.Ordinal);
        Assert.Contains("contoso-partner.com", stepText, StringComparison.Ordinal);
        Assert.Contains("less than 12 months", stepText, StringComparison.Ordinal);
        Assert.Contains("seats were added", CardFlowDriver.TextOf(done), StringComparison.Ordinal);
        Assert.NotNull((await admin.FindAsync<CloudSubscription>("m365"))!.KeyRedeemedAt);
        var redemption = Assert.Single(await admin.ListAsync<RedemptionRecord>()).Value;
        Assert.Equal(("cloud-subscription", "m365", admin.UserId, RedemptionStatus.Completed), (redemption.BenefitKind, redemption.BenefitId, redemption.ActorObjectId, redemption.Status));
        Assert.Contains("contoso-partner.com", redemption.Detail, StringComparison.Ordinal);
        Assert.Contains(await admin.AuditAsync(), e => e.Action == "redeem.cloud-subscription" && e.Result == AuditResult.Succeeded && e.Target == "m365");
    }

    [Fact]
    public async Task CloudSubscription_TenantNotConfirmed_NothingRedeemed()
    {
        var admin = GlobalAdmin();
        await admin.SeedAsync(new CloudSubscription("m365", "ap", "Microsoft 365 E3", 5, null));
        var step = await admin.PressAsync(await admin.SayAsync("redeem"), "redeem.pick", which: CardFlowDriver.Titled("Microsoft 365 E3"));

        var again = await admin.PressAsync(step, "redeem.confirm", new { mode = "extend", tenantConfirmed = "false" });
        var left = await admin.PressAsync(again, "redeem.wrongtenant");

        Assert.Contains("Confirm the tenant first", CardFlowDriver.TextOf(again), StringComparison.Ordinal);
        Assert.Contains("extend", CardFlowDriver.TextOf(again), StringComparison.Ordinal);
        Assert.Contains("nothing was redeemed into Contoso Partner Ltd", CardFlowDriver.TextOf(left), StringComparison.Ordinal);
        Assert.Null((await admin.FindAsync<CloudSubscription>("m365"))!.KeyRedeemedAt);
        Assert.Empty(await admin.ListAsync<RedemptionRecord>());
    }

    [Fact]
    public async Task CloudSubscription_KeyAlreadyRedeemed_ForgedConfirmRefusedByRule()
    {
        var admin = GlobalAdmin();
        var redeemedAt = new DateTimeOffset(2026, 1, 5, 10, 0, 0, TimeSpan.Zero);
        await admin.SeedAsync(new CloudSubscription("m365", "ap", "Microsoft 365 E3", 5, redeemedAt));
        var list = await admin.SayAsync("redeem");
        var version = CardFlowDriver.Button(list, "redeem.cancel")["stateVersion"]!.GetValue<long>();

        var step = await admin.InvokeAsync("redeem.pick", new JsonObject { ["kind"] = "cloud-subscription", ["id"] = "m365", ["lang"] = "en", ["stateVersion"] = version });
        var forged = await admin.InvokeAsync("redeem.confirm", new JsonObject { ["mode"] = "extend", ["tenantConfirmed"] = "true", ["lang"] = "en", ["stateVersion"] = version + 1 });

        Assert.Contains("can't be redeemed again", CardFlowDriver.TextOf(step), StringComparison.Ordinal);
        Assert.False(CardFlowDriver.HasButton(step, "redeem.confirm"));
        Assert.Contains("can't be redeemed again", CardFlowDriver.TextOf(forged), StringComparison.Ordinal);
        Assert.Equal(redeemedAt, (await admin.FindAsync<CloudSubscription>("m365"))!.KeyRedeemedAt);
        Assert.Empty(await admin.ListAsync<RedemptionRecord>());
    }

    [Fact]
    public async Task Confirm_ReplayedAfterRedeeming_StaleAndRedeemedOnce()
    {
        var admin = GlobalAdmin();
        await admin.SeedAsync(new TechnicalBenefit("t1", "gold", "Signature Cloud Support", null, null, null));
        var step = await admin.PressAsync(await admin.SayAsync("redeem"), "redeem.pick", which: CardFlowDriver.Titled("Signature"));
        var inputs = new { accessId = "ACC-1", contractId = "CON-1" };
        await admin.PressAsync(step, "redeem.confirm", inputs);

        var replay = await admin.PressAsync(step, "redeem.confirm", new { accessId = "ACC-2", contractId = "CON-2" });

        Assert.Contains("out of date", CardFlowDriver.TextOf(replay), StringComparison.OrdinalIgnoreCase);
        var benefit = await admin.FindAsync<TechnicalBenefit>("t1");
        Assert.Equal(("ACC-1", "CON-1"), (benefit!.AccessId, benefit.ContractId));
        Assert.Single(await admin.ListAsync<RedemptionRecord>());
    }

    [Fact]
    public async Task Confirm_ForgedByUserWithoutRole_RefusedAuditedNothingChanged()
    {
        var admin = GlobalAdmin();
        await admin.SeedAsync(new TechnicalBenefit("t1", "gold", "Signature Cloud Support", null, null, null));
        var step = await admin.PressAsync(await admin.SayAsync("redeem"), "redeem.pick", which: CardFlowDriver.Titled("Signature"));
        var data = CardFlowDriver.Button(step, "redeem.confirm");
        var intruder = new CardFlowDriver(App, "en-US", KnownDirectoryRoles.UserAdministrator);
        await intruder.SeedAsync(new TechnicalBenefit("t1", "gold", "Signature Cloud Support", null, null, null));
        data["accessId"] = "FORGED";
        data["contractId"] = "FORGED";

        var refused = await intruder.InvokeAsync("redeem.confirm", data);

        Assert.Contains("Only a Global admin", CardFlowDriver.TextOf(refused), StringComparison.Ordinal);
        Assert.Null((await intruder.FindAsync<TechnicalBenefit>("t1"))!.ActivatedAt);
        Assert.Empty(await intruder.ListAsync<RedemptionRecord>());
        Assert.Contains(await intruder.AuditAsync(), e => e.Result == AuditResult.Refused && e.Action == "redeem.confirm" && e.ActorObjectId == intruder.UserId);
    }

    [Fact]
    public async Task TechnicalBenefit_MpnPartnerAdminRecordedGrant_ActivatesWithAccessAndContractId()
    {
        var partner = new CardFlowDriver(App);
        await partner.SeedAsync(new PartnerRoleGrant(partner.UserId, [AdminRole.MpnPartnerAdmin], "aad-global", new DateOnly(2026, 1, 1)));
        await partner.SeedAsync(new TechnicalBenefit("t1", "gold", "Signature Cloud Support", null, null, null));
        var step = await partner.PressAsync(await partner.SayAsync("redeem"), "redeem.pick", which: CardFlowDriver.Titled("Signature"));

        var missing = await partner.PressAsync(step, "redeem.confirm", new { accessId = "ACC-9" });
        var done = await partner.PressAsync(missing, "redeem.confirm", new { accessId = "ACC-9", contractId = "CON-9" });

        Assert.Contains("Enter both", CardFlowDriver.TextOf(missing), StringComparison.Ordinal);
        Assert.Contains("ACC-9", CardFlowDriver.TextOf(missing), StringComparison.Ordinal);
        Assert.Contains("is activated", CardFlowDriver.TextOf(done), StringComparison.Ordinal);
        var benefit = await partner.FindAsync<TechnicalBenefit>("t1");
        Assert.Equal(("ACC-9", "CON-9"), (benefit!.AccessId, benefit.ContractId));
        Assert.NotNull(benefit.ActivatedAt);
    }
}
