using System.Text.Json.Nodes;
using BenefitsBot.Storage.Tenants;
using RedemptionRecord = BenefitsBot.Storage.Tenants.Redemption;
using BenefitsBot.Testing.FakeGraph;
using BenefitsBot.Testing.Playground;
using BenefitsBot.Testing.Turns;
using Microsoft.Extensions.DependencyInjection;

namespace BenefitsBot.Tests.Playground;

/// <summary>One happy path each of redemption and license assignment as a Teams admin meets them, through the Agents Playground.</summary>
public sealed class RedemptionPlaygroundTests(DialogsPlaygroundFixture fixture) : IClassFixture<DialogsPlaygroundFixture>
{
    private AgentsPlayground Playground => fixture.Playground;

    private ITenantRecordStore Records => fixture.App.Services.GetRequiredService<ITenantRecordStore>();

    [Fact]
    public async Task Redeem_CloudSubscriptionTenantConfirmed_KeyRedeemedAndRecorded()
    {
        await Records.InsertAsync(Playground.Config.TenantId, new CloudSubscription("pg-m365", null, "Microsoft 365 Business Premium", 5, null), CancellationToken.None);

        var (messageId, list) = await Playground.SayAsync("redeem", "redeem.pick");
        var step = await Playground.PressAsync(messageId, list, "redeem.pick", []);
        var done = await Playground.PressAsync(messageId, step, "redeem.confirm", new() { ["mode"] = "extend", ["tenantConfirmed"] = "true" });

        Assert.Contains("Contoso Playground", TurnHarness.TextOf(step), StringComparison.Ordinal);
        Assert.Contains("subscription is extended", TurnHarness.TextOf(done), StringComparison.Ordinal);
        Assert.NotNull((await Records.FindAsync<CloudSubscription>(Playground.Config.TenantId, "pg-m365", CancellationToken.None))!.Value.KeyRedeemedAt);
        Assert.Single(await Records.ListAsync<RedemptionRecord>(Playground.Config.TenantId, CancellationToken.None), r => r.Value.BenefitId == "pg-m365");
    }

    [Fact]
    public async Task Assign_UserAndSku_LicenseAssignedThroughGraph()
    {
        var sku = new FakeGraphSku(Guid.NewGuid(), "PG_E3", 3, 0);
        fixture.App.Graph.AddSku(sku);
        fixture.App.Graph.AddUsers(new FakeGraphUser("pg-megan", "Megan Bowen", "meganb@contoso.example"));

        var (messageId, compose) = await Playground.SayAsync("assign", "assign.run");
        var result = await Playground.PressAsync(messageId, compose, "assign.run", new() { ["user"] = "meganb@contoso.example", ["sku"] = sku.SkuId.ToString() });

        Assert.Contains("1 of 1 users got the license", TurnHarness.TextOf(result), StringComparison.Ordinal);
        Assert.Equal([sku.SkuId], fixture.App.Graph.LicensesOf("pg-megan"));
    }
}
