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
    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(15);

    private AgentsPlayground Playground => fixture.Playground;

    private ITenantRecordStore Records => fixture.App.Services.GetRequiredService<ITenantRecordStore>();

    [Fact]
    public async Task Setup_TypedCommandThenButtons_OfferRecorded()
    {
        var (messageId, tenant) = await SayAsync("setup", SetupVerbs.ConfirmTenant);
        var offers = await PressAsync(messageId, tenant, SetupVerbs.ConfirmTenant, []);
        var added = await PressAsync(messageId, offers, SetupVerbs.AddOffer, new() { ["offerKind"] = "ActionPack", ["purchaseDateText"] = "1 September 2025" });

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

        var (messageId, status) = await SayAsync("renew", RenewalVerbs.Record);
        var renewed = await PressAsync(messageId, status, RenewalVerbs.Record, new() { ["profileReviewed"] = "true", ["feePaid"] = "true" });

        Assert.Contains("Renewal recorded", TurnHarness.TextOf(renewed), StringComparison.Ordinal);
        Assert.Equal(anniversary.AddYears(1), (await Records.FindAsync<MembershipOffer>(Playground.Config.TenantId, offer.OfferId, CancellationToken.None))!.Value.Anniversary);
    }

    [Fact]
    public async Task SelfService_MyBenefits_ShowsOwnVisualStudioSubscription()
    {
        await Records.InsertAsync(Playground.Config.TenantId, new VisualStudioSubscription("pg-vs", null, "Visual Studio Enterprise (Playground)", DialogsPlaygroundFixture.UserObjectId, new DateOnly(2026, 1, 5)), CancellationToken.None);

        var (_, card) = await SayAsync("my benefits", "self.show");

        Assert.Contains("Visual Studio Enterprise (Playground)", TurnHarness.TextOf(card), StringComparison.Ordinal);
    }

    /// <summary>Types <paramref name="text"/>; returns the message id and card of the bot's reply that has a <paramref name="verb"/> button.</summary>
    private async Task<(string MessageId, JsonElement Card)> SayAsync(string text, string verb)
    {
        await Playground.SendMessageAsync(text);
        var reply = await Playground.WaitForBotMessageAsync(e => CardOf(e) is { } card && DialogDriver.HasButton(card, verb), ReplyTimeout);
        return (PlaygroundEnvelope.MessageId(reply), CardOf(reply)!.Value);
    }

    private async Task<JsonElement> PressAsync(string messageId, JsonElement card, string verb, JsonObject inputs)
    {
        var data = DialogDriver.ButtonData(card, verb);
        foreach (var (key, value) in inputs)
        {
            data[key] = value?.DeepClone();
        }

        var answer = await Playground.InvokeAsync(
            "adaptiveCard/action",
            new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data } },
            messageId);
        Assert.Equal("application/vnd.microsoft.card.adaptive", answer.GetProperty("type").GetString());
        return answer.GetProperty("value");
    }

    private static JsonElement? CardOf(JsonElement envelope) =>
        PlaygroundEnvelope.Message(envelope) is { } message && message.TryGetProperty("attachments", out var attachments)
            ? attachments.EnumerateArray().Where(a => a.GetProperty("contentType").GetString() == "application/vnd.microsoft.card.adaptive").Select(a => (JsonElement?)a.GetProperty("content")).FirstOrDefault()
            : null;
}
