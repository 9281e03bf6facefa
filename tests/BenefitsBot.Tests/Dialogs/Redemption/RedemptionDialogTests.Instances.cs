using BenefitsBot.Storage.Tenants;
using RedemptionRecord = BenefitsBot.Storage.Tenants.Redemption;
using BenefitsBot.Tests.Flows;

namespace BenefitsBot.Tests.Dialogs.Redemption;

/// <summary>Two bot instances on one store, as behind a load balancer: a dialog continues on either, and a double press redeems once.</summary>
public abstract partial class RedemptionDialogTests
{
    [Fact]
    public async Task Confirm_PressedOnTwoInstancesAtOnce_OneRedemptionOtherStale()
    {
        var admin = GlobalAdmin();
        var second = App.StartInstance().Harness;
        await admin.SeedAsync(new CloudSubscription("m365", "ap", "Microsoft 365 E3", 5, null));
        var list = await admin.SayAsync("redeem");
        admin.Harness = second;
        var step = await admin.PressAsync(list, "redeem.pick", which: CardFlowDriver.Titled("Microsoft 365"));
        var inputs = new { mode = "extend", tenantConfirmed = "true" };

        var onFirst = new CardFlowDriver(App, admin);
        var presses = await Task.WhenAll(onFirst.PressAsync(step, "redeem.confirm", inputs), admin.PressAsync(step, "redeem.confirm", inputs));

        var texts = presses.Select(CardFlowDriver.TextOf).ToList();
        Assert.True(texts.Count(t => t.Contains("subscription is extended", StringComparison.Ordinal)) == 1, string.Join("\n----\n", texts));
        // The later press either finds the dialog claimed (stale card) or, when it read the dialog first, finds the key redeemed.
        Assert.True(
            texts.Count(t => t.Contains("out of date", StringComparison.OrdinalIgnoreCase) || t.Contains("can't be redeemed again", StringComparison.Ordinal)) == 1,
            string.Join("\n----\n", texts));
        Assert.Single(await admin.ListAsync<RedemptionRecord>());
    }
}
