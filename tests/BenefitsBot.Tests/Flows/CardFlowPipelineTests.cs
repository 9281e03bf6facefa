using System.Text.Json;
using System.Text.Json.Nodes;
using BenefitsBot.Bot.Actions;
using BenefitsBot.Cards;
using BenefitsBot.Graph;
using BenefitsBot.Localization;
using BenefitsBot.Storage.Audit;
using BenefitsBot.Testing.FakeGraph;
using BenefitsBot.Tests.Hosting;

namespace BenefitsBot.Tests.Flows;

/// <summary>
/// What every flow gets from the one pipeline, driven through the real host: the same refusal card (audited), the same
/// fail-closed Retry when roles cannot be read, Cancel without the gate or Graph, one version key, the FAQ buttons for anyone.
/// </summary>
public sealed class CardFlowPipelineTests(SqliteAdminBotApp app) : IClassFixture<SqliteAdminBotApp>
{
    /// <summary>A press of every admin flow: setup, renewal, redemption, assignment, settings, suggestions, tickets, report.</summary>
    public static TheoryData<string> AdminPresses =>
    [
        "setup.start", "renewal.start", "redeem.start", "assign.start", "settings.show", "settings.save",
        "suggestion.list", "suggestion.accept", "ticket.take", "ticket.answer", "report.show",
    ];

    [Theory]
    [MemberData(nameof(AdminPresses))]
    public async Task Press_CallerWithoutRole_TheOneRefusalCardAndAudited(string verb)
    {
        var member = new CardFlowDriver(app);

        var card = await member.InvokeAsync(verb, new JsonObject { [CardFlowData.Language] = "en", ["ticketId"] = "t-1" });

        Assert.Contains(DialogTexts.Get("RefusedTitle", "en"), CardFlowDriver.TextOf(card), StringComparison.Ordinal);
        Assert.False(CardFlowDriver.HasButton(card, verb));
        var refused = Assert.Single(await member.AuditAsync());
        Assert.Equal((verb, AuditResult.Refused, member.UserId), (refused.Action, refused.Result, refused.ActorObjectId));
    }

    [Theory]
    [MemberData(nameof(AdminPresses))]
    public async Task Press_RolesUnreadable_RefusedWithRetryOfTheSamePress(string verb)
    {
        var admin = new CardFlowDriver(app, "en-US", KnownDirectoryRoles.GlobalAdministrator);
        app.Graph.InjectFault(FakeGraphFault.Unavailable(), times: 100, when: r => r.Path.Contains(admin.UserId, StringComparison.Ordinal));

        var card = await admin.InvokeAsync(verb, new JsonObject { [CardFlowData.Language] = "en", ["ticketId"] = "t-1" });

        Assert.Contains(DialogTexts.Get("RolesUnchecked", "en"), CardFlowDriver.TextOf(card), StringComparison.Ordinal);
        Assert.Equal("t-1", CardFlowDriver.Button(card, verb)["ticketId"]!.GetValue<string>());
        Assert.Empty(await admin.AuditAsync());
    }

    [Theory]
    [InlineData("setup", "setup")]
    [InlineData("redeem", "redeem")]
    [InlineData("assign", "assign")]
    public async Task Cancel_WhileGraphDown_EndsTheDialogWithoutTheGate(string command, string dialog)
    {
        var admin = new CardFlowDriver(app, "en-US", KnownDirectoryRoles.GlobalAdministrator);
        var first = await admin.SayAsync(command);
        var down = true;
        app.Graph.InjectFault(FakeGraphFault.Unavailable(), times: 100, when: _ => down);

        var cancelled = await admin.PressAsync(dialog + CardFlowPipeline.CancelSuffix);
        down = false;
        var again = await admin.PressAsync(first, dialog + CardFlowPipeline.CancelSuffix);

        Assert.Contains(DialogTexts.Get("CancelledTitle", "en"), CardFlowDriver.TextOf(cancelled), StringComparison.Ordinal);
        Assert.False(CardFlowDriver.HasButton(cancelled, dialog + CardFlowPipeline.CancelSuffix));
        Assert.Contains(DialogTexts.Get("CancelledTitle", "en"), CardFlowDriver.TextOf(again), StringComparison.Ordinal);
    }

    [Fact]
    public async Task VersionedCards_EveryButton_CarriesTheOneVersionKey()
    {
        var admin = new CardFlowDriver(app, "en-US", KnownDirectoryRoles.GlobalAdministrator);

        var cards = new[] { await admin.SayAsync("setup"), await admin.SayAsync("settings"), await admin.SayAsync("redeem") };

        var buttons = cards.SelectMany(ExecuteButtons).ToList();
        Assert.NotEmpty(buttons);
        Assert.All(buttons, data =>
        {
            Assert.True(data.TryGetProperty(CardFlowData.StateVersion, out var version) && version.ValueKind == JsonValueKind.Number, data.GetRawText());
            Assert.False(data.TryGetProperty("version", out _), data.GetRawText());
        });
    }

    [Fact]
    public async Task SettingsSave_CardOfAnOlderVersion_StaleNoticeAndNothingSaved()
    {
        var admin = new CardFlowDriver(app, "en-US", KnownDirectoryRoles.GlobalAdministrator);
        var settings = await admin.SayAsync("settings");

        var stale = await admin.PressAsync(settings, "settings.save", new JsonObject { [CardFlowData.StateVersion] = 7, ["renewalLeads"] = "9" });

        Assert.Contains(BenefitsBot.Nudges.Texts.NudgeTexts.Get("SettingsStale", "en"), CardFlowDriver.TextOf(stale), StringComparison.Ordinal);
        Assert.Empty(await admin.AuditAsync());
    }

    [Fact]
    public async Task FaqFeedback_AnyUserWithoutRole_ThanksThroughThePipeline()
    {
        var user = new CardFlowDriver(app);
        await user.SayAsync("What's the difference between the Action Pack and the Learning Action Pack?");

        var thanks = await user.PressAsync(CardVerbs.Feedback, which: b => b.GetProperty("data").GetProperty("helpful").GetBoolean());

        Assert.Contains(BotTexts.Get("ThanksHelpful", "en"), CardFlowDriver.TextOf(thanks), StringComparison.Ordinal);
    }

    private static IEnumerable<JsonElement> ExecuteButtons(JsonElement node) => node.ValueKind switch
    {
        JsonValueKind.Object when node.TryGetProperty("type", out var type) && type.GetString() == "Action.Execute" && node.TryGetProperty("data", out var data) => [data],
        JsonValueKind.Object => node.EnumerateObject().SelectMany(p => ExecuteButtons(p.Value)),
        JsonValueKind.Array => node.EnumerateArray().SelectMany(ExecuteButtons),
        _ => [],
    };
}
