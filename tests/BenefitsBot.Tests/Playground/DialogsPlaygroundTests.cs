using System.Text.Json;
using System.Text.Json.Nodes;
using BenefitsBot.Bot.Dialogs.Renewal;
using BenefitsBot.Bot.Dialogs.Setup;
using BenefitsBot.Storage.Tenants;
using BenefitsBot.Testing.Playground;
using BenefitsBot.Testing.Turns;
using BenefitsBot.Tests.Dialogs;
using Microsoft.Extensions.DependencyInjection;

namespace BenefitsBot.Tests.Playground;

/// <summary>One happy path each of setup, renewal and self-service as a Teams user meets them, through the Agents Playground.</summary>
public sealed class DialogsPlaygroundTests(DialogsPlaygroundFixture fixture) : IClassFixture<DialogsPlaygroundFixture>
{
    private AgentsPlayground Playground => fixture.Playground;

    private ITenantRecordStore Records => fixture.App.Services.GetRequiredService<ITenantRecordStore>();

    [Fact]
    public async Task Setup_TypedCommandThenButtons_OfferRecorded()
    {
        var (messageId, tenant) = await Playground.SayAsync("setup", SetupVerbs.ConfirmTenant);
        var offers = await Playground.PressAsync(messageId, tenant, SetupVerbs.ConfirmTenant, []);
        var added = await Playground.PressAsync(messageId, offers, SetupVerbs.AddOffer, new() { ["offerKind"] = "ActionPack", ["purchaseDateText"] = "1 September 2025" });

        Assert.Contains("Contoso Playground", TurnHarness.TextOf(tenant), StringComparison.Ordinal);
        Assert.Contains("Recorded Action Pack", TurnHarness.TextOf(added), StringComparison.Ordinal);
        var offer = Assert.Single(await Records.ListAsync<MembershipOffer>(Playground.Config.TenantId, CancellationToken.None), o => o.Value.PurchaseDate == new DateOnly(2025, 9, 1));
        Assert.Equal(MembershipOfferKind.ActionPack, offer.Value.Kind);
    }

    [Fact]
    public async Task Renewal_OfferInWindow_RenewalRecorded()
    {
        var anniversary = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-10);
        var offer = new MembershipOffer("pg-renew", MembershipOfferKind.LearningActionPack, null, anniversary.AddYears(-1), anniversary, MembershipOfferStatus.Active, null);
        await Records.InsertAsync(Playground.Config.TenantId, offer, CancellationToken.None);

        var (messageId, status) = await Playground.SayAsync("renew", RenewalVerbs.Record);
        var renewed = await Playground.PressAsync(messageId, status, RenewalVerbs.Record, new() { ["profileReviewed"] = "true", ["feePaid"] = "true" });

        Assert.Contains("Renewal recorded", TurnHarness.TextOf(renewed), StringComparison.Ordinal);
        Assert.Equal(anniversary.AddYears(1), (await Records.FindAsync<MembershipOffer>(Playground.Config.TenantId, offer.OfferId, CancellationToken.None))!.Value.Anniversary);
    }

    [Fact]
    public async Task SelfService_MyBenefits_ShowsOwnVisualStudioSubscription()
    {
        await Records.InsertAsync(Playground.Config.TenantId, new VisualStudioSubscription("pg-vs", null, "Visual Studio Enterprise (Playground)", DialogsPlaygroundFixture.UserObjectId, new DateOnly(2026, 1, 5)), CancellationToken.None);

        var (_, card) = await Playground.SayAsync("my benefits", "self.show");

        Assert.Contains("Visual Studio Enterprise (Playground)", TurnHarness.TextOf(card), StringComparison.Ordinal);
    }
}
