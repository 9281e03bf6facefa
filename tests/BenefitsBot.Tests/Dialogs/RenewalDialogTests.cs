using BenefitsBot.Bot.Access;
using BenefitsBot.Bot.Dialogs.Common;
using BenefitsBot.Bot.Dialogs.Renewal;
using BenefitsBot.Graph;
using BenefitsBot.Storage.Audit;
using BenefitsBot.Storage.Tenants;
using BenefitsBot.Testing.FakeGraph;
using BenefitsBot.Tests.Hosting;
using static BenefitsBot.Tests.Dialogs.SetupDialogTests;
using BenefitsBot.Tests.Flows;

namespace BenefitsBot.Tests.Dialogs;

/// <summary>The renewal dialog end to end through the turn pipeline, on each store; dates from the rules.</summary>
public abstract class RenewalDialogTests(AdminBotApp app)
{
    [Fact]
    public async Task Renew_InWindow_ChecklistThenRenewalRecorded()
    {
        var admin = new CardFlowDriver(app) { Today = new DateOnly(2026, 3, 20) }.AsGlobalAdmin();
        var offer = await AddOfferAsync(admin, MembershipOfferKind.ActionPack, anniversary: new DateOnly(2026, 3, 1));

        var status = await admin.SayAsync("renew");
        var incomplete = await admin.PressAsync(status, RenewalVerbs.Record, Inputs(("profileReviewed", "true"), ("feePaid", "false")));
        var renewed = await admin.PressAsync(incomplete, RenewalVerbs.Record, Inputs(("profileReviewed", "true"), ("feePaid", "true")));

        var text = CardFlowDriver.TextOf(status);
        Assert.Contains("2026-03-02", text, StringComparison.Ordinal);
        Assert.Contains("2026-03-31", text, StringComparison.Ordinal);
        Assert.Contains("11 days left", text, StringComparison.Ordinal);
        Assert.Contains("Tick every item", CardFlowDriver.TextOf(incomplete), StringComparison.Ordinal);
        Assert.Equal("true", CardFlowDriver.InputValue(incomplete, "profileReviewed"));
        Assert.Contains("2027-03-01", CardFlowDriver.TextOf(renewed), StringComparison.Ordinal);
        var stored = (await admin.Records.FindAsync<MembershipOffer>(admin.TenantId, offer.OfferId, CancellationToken.None))!.Value;
        Assert.Equal((new DateOnly(2027, 3, 1), (DateOnly?)new DateOnly(2026, 3, 20), MembershipOfferStatus.Active), (stored.Anniversary, stored.RenewedAt, stored.Status));
        var entry = Assert.Single(await admin.AuditAsync(), e => e.Result == AuditResult.Succeeded);
        Assert.Equal((RenewalVerbs.Record, offer.OfferId, admin.UserId), (entry.Action, entry.Target, entry.ActorObjectId));
    }

    [Fact]
    public async Task Renew_StartFromNudgeWithOfferId_ShowsThatOffer()
    {
        var admin = new CardFlowDriver(app) { Today = CardFlowDriver.SampleDay }.AsGlobalAdmin();
        await AddOfferAsync(admin, MembershipOfferKind.ActionPack, new DateOnly(2026, 3, 1));
        var gold = await AddOfferAsync(admin, MembershipOfferKind.GoldCompetency, new DateOnly(2026, 6, 1), "Security");

        var nudge = DialogCard.Create("en", "Nudge", [], [RenewalCards.StartButton(gold.OfferId, "Renew now", "en")]).ToJsonElement();

        var card = await admin.PressAsync(nudge, RenewalVerbs.Start);
        Assert.Contains("Gold competency (Security)", CardFlowDriver.TextOf(card), StringComparison.Ordinal);
        Assert.Contains("Window opens", CardFlowDriver.TextOf(card), StringComparison.Ordinal);
        Assert.False(CardFlowDriver.HasButton(card, RenewalVerbs.Record));
    }

    [Fact]
    public async Task Renew_TwoOffers_ChooseThenStatus()
    {
        var admin = new CardFlowDriver(app) { Today = CardFlowDriver.SampleDay }.AsGlobalAdmin();
        await AddOfferAsync(admin, MembershipOfferKind.ActionPack, new DateOnly(2026, 3, 1));
        await AddOfferAsync(admin, MembershipOfferKind.SilverCompetency, new DateOnly(2026, 3, 10), "Data Analytics");

        var choose = await admin.SayAsync("renew");
        var status = await admin.PressAsync(choose, RenewalVerbs.Choose, Inputs(("offerId", CardFlowDriver.ButtonData(choose, RenewalVerbs.Choose)["offerId"]!.GetValue<string>())));

        Assert.True(CardFlowDriver.HasButton(status, RenewalVerbs.Record));
        Assert.Contains("Before you renew", CardFlowDriver.TextOf(status), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Renew_MissedWindow_SupportTicketPathAndLapseRecorded()
    {
        var admin = new CardFlowDriver(app) { Today = new DateOnly(2026, 5, 1) }.AsGlobalAdmin();
        var offer = await AddOfferAsync(admin, MembershipOfferKind.ActionPack, new DateOnly(2026, 3, 1));

        var status = await admin.SayAsync("renew");
        var lapsed = await admin.PressAsync(status, RenewalVerbs.Lapse);

        Assert.Contains("support ticket", CardFlowDriver.TextOf(status), StringComparison.Ordinal);
        Assert.False(CardFlowDriver.HasButton(status, RenewalVerbs.Record));
        Assert.Contains("lapsed", CardFlowDriver.TextOf(lapsed), StringComparison.Ordinal);
        Assert.Equal(MembershipOfferStatus.Lapsed, (await admin.Records.FindAsync<MembershipOffer>(admin.TenantId, offer.OfferId, CancellationToken.None))!.Value.Status);
    }

    [Fact]
    public async Task Renew_CovidCompetency_WindowCountedFromExtendedAnniversary()
    {
        var admin = new CardFlowDriver(app) { Today = new DateOnly(2021, 9, 20) }.AsGlobalAdmin();
        await AddOfferAsync(admin, MembershipOfferKind.GoldCompetency, new DateOnly(2020, 9, 15), "Cloud Platform");

        var status = await admin.SayAsync("renew");

        var text = CardFlowDriver.TextOf(status);
        Assert.Contains("COVID-19 extension", text, StringComparison.Ordinal);
        Assert.Contains("2021-09-16", text, StringComparison.Ordinal);
        Assert.True(CardFlowDriver.HasButton(status, RenewalVerbs.Record));
    }

    [Fact]
    public async Task Renew_ForgedRecordByMpnPartnerAdmin_RefusedAuditedUnchanged()
    {
        var admin = new CardFlowDriver(app) { Today = CardFlowDriver.SampleDay }.AsGlobalAdmin();
        var offer = await AddOfferAsync(admin, MembershipOfferKind.ActionPack, new DateOnly(2026, 3, 1));
        var status = await admin.SayAsync("renew");
        var viewer = admin.As("aad-mpn-" + Guid.NewGuid().ToString("N"));
        app.Graph.AddUsers(new FakeGraphUser(viewer.UserId, "Viewer", viewer.UserId + "@contoso.example"));
        await admin.Records.InsertAsync(admin.TenantId, new PartnerRoleGrant(viewer.UserId, [AdminRole.MpnPartnerAdmin], admin.UserId, admin.Today!.Value), CancellationToken.None);

        var refused = await viewer.PressAsync(status, RenewalVerbs.Record, Inputs(("profileReviewed", "true"), ("feePaid", "true")));

        Assert.Contains("Only a Global admin or an Account admin", CardFlowDriver.TextOf(refused), StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2026, 3, 1), (await admin.Records.FindAsync<MembershipOffer>(admin.TenantId, offer.OfferId, CancellationToken.None))!.Value.Anniversary);
        var entry = Assert.Single(await admin.AuditAsync());
        Assert.Equal((AuditResult.Refused, viewer.UserId, RenewalVerbs.Record), (entry.Result, entry.ActorObjectId, entry.Action));
    }

    [Fact]
    public async Task Renew_ReplayedRecord_AnniversaryMovesOnce()
    {
        var admin = new CardFlowDriver(app) { Today = CardFlowDriver.SampleDay }.AsGlobalAdmin();
        var offer = await AddOfferAsync(admin, MembershipOfferKind.ActionPack, new DateOnly(2026, 3, 1));
        var status = await admin.SayAsync("renew");
        var ticks = Inputs(("profileReviewed", "true"), ("feePaid", "true"));
        await admin.PressAsync(status, RenewalVerbs.Record, ticks);

        var replayed = await admin.PressAsync(status, RenewalVerbs.Record, ticks);

        Assert.Contains("out of date", CardFlowDriver.TextOf(replayed), StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2027, 3, 1), (await admin.Records.FindAsync<MembershipOffer>(admin.TenantId, offer.OfferId, CancellationToken.None))!.Value.Anniversary);
    }

    [Fact]
    public async Task Renew_TwoInstancesRecordAtOnce_OneRenewal()
    {
        var admin = new CardFlowDriver(app) { Today = CardFlowDriver.SampleDay }.AsGlobalAdmin();
        var offer = await AddOfferAsync(admin, MembershipOfferKind.ActionPack, new DateOnly(2026, 3, 1));
        var status = await admin.SayAsync("renew");
        var second = app.StartInstance().Harness;
        var ticks = Inputs(("profileReviewed", "true"), ("feePaid", "true"));

        var results = await Task.WhenAll(admin.SendPressAsync(status, RenewalVerbs.Record, ticks), admin.SendPressAsync(status, RenewalVerbs.Record, ticks, on: second));

        Assert.All(results, r => Assert.Equal(200, r.Status));
        Assert.Equal(new DateOnly(2027, 3, 1), (await admin.Records.FindAsync<MembershipOffer>(admin.TenantId, offer.OfferId, CancellationToken.None))!.Value.Anniversary);
        Assert.Single(await admin.AuditAsync(), e => e.Action == RenewalVerbs.Record);
        Assert.Single(results, r => r.Body!.ToJsonString().Contains("Renewal recorded", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Renew_GraphDownAtRoleCheck_RetryKeepsTicksAndRecords()
    {
        var admin = new CardFlowDriver(app) { Today = CardFlowDriver.SampleDay }.AsGlobalAdmin();
        var offer = await AddOfferAsync(admin, MembershipOfferKind.ActionPack, new DateOnly(2026, 3, 1));
        var status = await admin.SayAsync("renew");
        app.Graph.InjectFault(FakeGraphFault.Unavailable(), times: 4, when: r => r.Path.Contains(admin.UserId, StringComparison.Ordinal));

        var retry = await admin.PressAsync(status, RenewalVerbs.Record, Inputs(("profileReviewed", "true"), ("feePaid", "true")));
        var renewed = await admin.PressAsync(retry, RenewalVerbs.Record);

        Assert.Contains("Microsoft Graph", CardFlowDriver.TextOf(retry), StringComparison.Ordinal);
        Assert.Equal("true", CardFlowDriver.ButtonData(retry, RenewalVerbs.Record)["feePaid"]!.GetValue<string>());
        Assert.Contains("Renewal recorded", CardFlowDriver.TextOf(renewed), StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2027, 3, 1), (await admin.Records.FindAsync<MembershipOffer>(admin.TenantId, offer.OfferId, CancellationToken.None))!.Value.Anniversary);
    }

    [Fact]
    public async Task Renew_CancelWhileGraphDown_EndsDialogWithoutRetryCard()
    {
        var admin = new CardFlowDriver(app) { Today = CardFlowDriver.SampleDay }.AsGlobalAdmin();
        var offer = await AddOfferAsync(admin, MembershipOfferKind.ActionPack, new DateOnly(2026, 3, 1));
        var status = await admin.SayAsync("renew");
        var down = true;
        app.Graph.InjectFault(FakeGraphFault.Unavailable(), times: 100, when: r => down && r.Path.Contains(admin.UserId, StringComparison.Ordinal));

        var cancelled = await admin.PressAsync(status, RenewalVerbs.Cancel);
        down = false;
        var late = await admin.PressAsync(status, RenewalVerbs.Record, Inputs(("profileReviewed", "true"), ("feePaid", "true")));

        Assert.Contains("Cancelled", CardFlowDriver.TextOf(cancelled), StringComparison.Ordinal);
        Assert.False(CardFlowDriver.HasButton(cancelled, RenewalVerbs.Cancel));
        Assert.Contains("out of date", CardFlowDriver.TextOf(late), StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2026, 3, 1), (await admin.Records.FindAsync<MembershipOffer>(admin.TenantId, offer.OfferId, CancellationToken.None))!.Value.Anniversary);
    }

    [Fact]
    public async Task RenewQuestion_IsNotTheCommand_FaqAnswers()
    {
        var admin = new CardFlowDriver(app) { Today = CardFlowDriver.SampleDay }.AsGlobalAdmin();

        var card = await admin.SayAsync("how do I renew my action pack?");

        Assert.False(CardFlowDriver.HasButton(card, RenewalVerbs.Cancel));
    }

    private static async Task<MembershipOffer> AddOfferAsync(CardFlowDriver admin, MembershipOfferKind kind, DateOnly anniversary, string? area = null)
    {
        var offer = new MembershipOffer("offer-" + Guid.NewGuid().ToString("N")[..8], kind, area, anniversary.AddYears(-1), anniversary, MembershipOfferStatus.Active, null);
        await admin.Records.InsertAsync(admin.TenantId, offer, CancellationToken.None);
        return offer;
    }
}

public sealed class SqliteRenewalDialogTests(SqliteAdminBotApp app) : RenewalDialogTests(app), IClassFixture<SqliteAdminBotApp>;

public sealed class PostgresRenewalDialogTests(PostgresAdminBotApp app) : RenewalDialogTests(app), IClassFixture<PostgresAdminBotApp>;
