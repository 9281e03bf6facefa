using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using BenefitsBot.Bot.Dialogs.Renewal;
using BenefitsBot.Bot.Dialogs.Setup;
using BenefitsBot.Testing.Playground;
using BenefitsBot.Testing.Turns;

namespace BenefitsBot.Tests.Playground;

/// <summary>
/// The README's walk-through: the bot as <c>dotnet run</c> starts it (Development, no Graph credentials, so the sample
/// directory) behind the Playground with its built-in user and tenant, which is a Global admin there.
/// </summary>
public sealed class SampleDirectoryPlaygroundTests(BenefitsBotPlaygroundFixture fixture) : IClassFixture<BenefitsBotPlaygroundFixture>
{
    private const string SampleNotice = "Sample data: this bot reads a built-in sample directory";

    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(15);

    private AgentsPlayground Playground => fixture.Playground;

    [Fact]
    public async Task SetupThenRenew_PlaygroundUserOnSampleDirectory_OfferRecordedAndRenewedEveryCardMarked()
    {
        var purchased = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-10).AddYears(-1);

        var (setupId, tenant) = await Playground.SayAsync("setup", SetupVerbs.ConfirmTenant);
        var offers = await Playground.PressAsync(setupId, tenant, SetupVerbs.ConfirmTenant, []);
        var added = await Playground.PressAsync(setupId, offers, SetupVerbs.AddOffer, new()
        {
            ["offerKind"] = "ActionPack",
            ["purchaseDateText"] = purchased.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        });
        var (renewId, status) = await Playground.SayAsync("renew", RenewalVerbs.Record);
        var renewed = await Playground.PressAsync(renewId, status, RenewalVerbs.Record, new()
        {
            [RenewalChecklist.ProfileReviewedInput] = "true",
            [RenewalChecklist.FeePaidInput] = "true",
        });

        Assert.Contains("Contoso Sample Organization", TurnHarness.TextOf(tenant), StringComparison.Ordinal);
        Assert.Contains("Recorded Action Pack", TurnHarness.TextOf(added), StringComparison.Ordinal);
        Assert.Contains("Renewal recorded", TurnHarness.TextOf(renewed), StringComparison.Ordinal);
        Assert.All([tenant, offers, added, status, renewed], card => Assert.Contains(SampleNotice, TurnHarness.TextOf(card), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Setup_SampleUserWithoutAdminRole_RefusedAndToldWhoMay()
    {
        // Isaiah Langer, one of the Playground's built-in users: no admin role in the sample directory.
        var activity = await Playground.GetCustomActivityTemplateAsync();
        activity["type"] = "message";
        activity["text"] = "setup";
        activity["from"] = new JsonObject { ["id"] = "user-id-3", ["name"] = "Isaiah Langer", ["aadObjectId"] = "00000000-0000-0000-0000-0000000000023" };

        await Playground.SendCustomActivityAsync(activity.ToJsonString());
        var reply = await Playground.WaitForBotMessageAsync(e => Text(e).Contains("Not allowed", StringComparison.Ordinal), ReplyTimeout);

        Assert.Contains("Only a Global admin can do this", Text(reply), StringComparison.Ordinal);
        Assert.Contains(SampleNotice, Text(reply), StringComparison.Ordinal);
    }

    private static string Text(JsonElement envelope) => TurnHarness.TextOf(PlaygroundEnvelope.Message(envelope)!.Value);
}
