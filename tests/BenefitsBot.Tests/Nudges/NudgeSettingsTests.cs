using System.Text.Json;
using System.Text.Json.Nodes;
using BenefitsBot.Graph;
using BenefitsBot.Nudges.Settings;
using BenefitsBot.Protocol.Activities;
using BenefitsBot.Storage.Nudges;
using BenefitsBot.Storage.Tenants;
using BenefitsBot.Testing.FakeGraph;
using BenefitsBot.Testing.Turns;
using BenefitsBot.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace BenefitsBot.Tests.Nudges;

/// <summary>The settings command and card through whole turns: team registration on install, the role gate, saving, stale cards, removed teams.</summary>
public sealed class NudgeSettingsTests(SqliteAdminBotApp app) : IClassFixture<SqliteAdminBotApp>
{
    private TurnHarness Harness => app.Harness;

    [Fact]
    public async Task SettingsCommand_UserWithoutAdminRole_RefusalCardWithoutSettings()
    {
        var (tenant, admin) = NewTenant(withRole: false);

        var reply = TurnHarness.TextOf(TurnHarness.CardOf(await Harness.AskAsync(Message(tenant, admin, "settings"))));

        Assert.Contains("Global", reply, StringComparison.Ordinal);
        Assert.DoesNotContain(SettingsCard.SaveVerb, reply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task SettingsCommand_GraphDown_RefusedWithRetryAndNothingOfTheTenantShown(bool forgedTenant)
    {
        var (tenant, admin) = NewTenant(withRole: false);
        await InstallAsync(tenant);
        if (forgedTenant)
        {
            // Someone of another organization, with the id of this one in the activity.
            admin = "aad-" + Guid.NewGuid().ToString("N");
        }

        var down = true;
        app.Graph.InjectFault(FakeGraphFault.Unavailable(), times: 100, when: r => down && r.Path.Contains(admin, StringComparison.Ordinal));
        var card = TurnHarness.CardOf(await Harness.AskAsync(Message(tenant, admin, "settings")));
        var saved = await InvokeAsync(tenant, admin, Form(tenant, "14", version: 0));
        down = false;

        var text = TurnHarness.TextOf(card);
        Assert.Contains("could not check your admin roles", text, StringComparison.Ordinal);
        Assert.Contains("Microsoft Graph is not answering", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Renewals", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Partner team", text, StringComparison.Ordinal);
        Assert.Equal(SettingsCard.ShowVerb, card.GetProperty("actions")[0].GetProperty("verb").GetString());
        Assert.Contains("could not check your admin roles", saved, StringComparison.Ordinal);
        Assert.Contains("14", saved, StringComparison.Ordinal); // Retry carries what was typed
        Assert.Null(await app.Services.GetRequiredService<ITenantRecordStore>().FindAsync<NudgeSettings>(tenant, NudgeSettings.SingleId, CancellationToken.None));
    }

    [Theory]
    [InlineData("settings", "en", "Nudge settings")]
    [InlineData("inställningar", "sv-SE", "Inställningar för påminnelser")]
    [InlineData("instellingen", "nl-NL", "Instellingen voor herinneringen")]
    [InlineData("設定", "zh-TW", "提醒設定")]
    public async Task SettingsCommand_AdminInFourLanguages_ShowsTheTeamsChannels(string command, string locale, string title)
    {
        var (tenant, admin) = NewTenant(withRole: true);
        await InstallAsync(tenant);

        var card = CardText(await Harness.AskAsync(Message(tenant, admin, command, locale)));

        Assert.Contains(title, card, StringComparison.Ordinal);
        Assert.Contains("Renewals", card, StringComparison.Ordinal);
        Assert.Contains(NudgeScenario.ChannelOf(tenant), card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveAction_ValidForm_StoresSettingsAndAStaleReplayIsNotApplied()
    {
        var (tenant, admin) = NewTenant(withRole: true);
        await InstallAsync(tenant);
        var form = Form(tenant, "14, 3", version: 0);

        var saved = await InvokeAsync(tenant, admin, form);
        var replayed = await InvokeAsync(tenant, admin, Form(tenant, "60", version: 0));

        Assert.Contains("Saved.", saved, StringComparison.Ordinal);
        Assert.Contains("Someone else changed the settings", replayed, StringComparison.Ordinal);
        var stored = await app.Services.GetRequiredService<ITenantRecordStore>().FindAsync<NudgeSettings>(tenant, NudgeSettings.SingleId, CancellationToken.None);
        Assert.Equal([14, 3], stored!.Value.RenewalLeadDays);
        Assert.Equal(NudgeScenario.ChannelOf(tenant), stored.Value.ChannelId);
        Assert.False(stored.Value.EmployeeNudges);
        Assert.Equal("sv", stored.Value.Language);
    }

    [Fact]
    public async Task SaveAction_ForgedChannelOrBadDays_RejectedAndNothingStored()
    {
        var (tenant, admin) = NewTenant(withRole: true);
        await InstallAsync(tenant);
        var forged = Form(tenant, "7", version: 0);
        forged["channel"] = "19:someone-elses-team@thread.tacv2|19:x@thread.tacv2";

        var badDays = await InvokeAsync(tenant, admin, Form(tenant, "7, tomorrow", version: 0));
        await InvokeAsync(tenant, admin, forged);

        Assert.Contains("whole days from 0 to 365", badDays, StringComparison.Ordinal);
        Assert.Contains("7, tomorrow", badDays, StringComparison.Ordinal); // the admin's input is kept
        Assert.Null(await app.Services.GetRequiredService<ITenantRecordStore>().FindAsync<NudgeSettings>(tenant, NudgeSettings.SingleId, CancellationToken.None));
    }

    [Fact]
    public async Task SettingsCard_BotRemovedFromTheTeam_ListedWhereTheBotCannotPost()
    {
        var (tenant, admin) = NewTenant(withRole: true);
        await InstallAsync(tenant);

        await Harness.SendAsync(NudgeScenario.BotRemovedFromTeam(Harness.ServiceUrl, tenant));
        var card = CardText(await Harness.AskAsync(Message(tenant, admin, "settings")));

        Assert.Contains("Where the bot cannot post", card, StringComparison.Ordinal);
        Assert.Contains($"Partner team {tenant}: the bot was removed or blocked (removed)", card, StringComparison.Ordinal);
        var team = await app.Services.GetRequiredService<ITenantRecordStore>().FindAsync<TeamRegistration>(tenant, NudgeScenario.TeamOf(tenant), CancellationToken.None);
        Assert.False(team!.Value.Active);
    }

    private (string Tenant, string Admin) NewTenant(bool withRole)
    {
        var tenant = Guid.NewGuid().ToString();
        var admin = "aad-" + Guid.NewGuid().ToString("N");
        app.Graph.AddUsers(new FakeGraphUser(admin, "Admin", admin + "@contoso.example"));
        if (withRole)
        {
            app.Graph.AssignRole(admin, new FakeGraphRole(KnownDirectoryRoles.GlobalAdministrator, "Global Administrator"));
        }

        return (tenant, admin);
    }

    /// <summary>Teams' installationUpdate in a team the connector knows; the bot registers it and reads its channels.</summary>
    private async Task InstallAsync(string tenant)
    {
        app.Connector.AddTeam(
            new BenefitsBot.Protocol.Connector.TeamDetails { Id = NudgeScenario.TeamOf(tenant), Name = $"Partner team {tenant}" },
            new BenefitsBot.Protocol.Connector.ChannelInfo { Id = NudgeScenario.TeamOf(tenant) },
            new BenefitsBot.Protocol.Connector.ChannelInfo { Id = NudgeScenario.ChannelOf(tenant), Name = "Renewals" });
        var result = await Harness.SendAsync(NudgeScenario.TeamInstalled(Harness.ServiceUrl, tenant));
        Assert.Equal(200, result.Status);
    }

    private Activity Message(string tenant, string admin, string text, string locale = "en-US")
    {
        var message = TeamsActivities.PersonalMessage(Harness.ServiceUrl, text, locale, conversationId: "a:personal-" + admin);
        message.From = new ChannelAccount { Id = "29:" + admin, Name = "Admin", AadObjectId = admin };
        message.Conversation!.TenantId = tenant;
        message.ChannelData = TeamsActivities.Json($$$"""{"tenant":{"id":"{{{tenant}}}"}}""");
        return message;
    }

    private static JsonObject Form(string tenant, string renewalLeads, long version) => new()
    {
        ["stateVersion"] = version,
        ["channel"] = $"{NudgeScenario.TeamOf(tenant)}|{NudgeScenario.ChannelOf(tenant)}",
        ["renewalLeads"] = renewalLeads,
        ["graceLeads"] = "7",
        ["activationLeads"] = "30",
        ["assignmentLeads"] = "7, 1",
        ["employeeNudges"] = "false",
        ["language"] = "sv",
    };

    /// <summary>An Action.Execute press of Save; returns the text of the card that replaces the settings card.</summary>
    private async Task<string> InvokeAsync(string tenant, string admin, JsonObject data)
    {
        var value = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "settings.save", ["data"] = data } };
        var invoke = Message(tenant, admin, string.Empty);
        invoke.Type = ActivityTypes.Invoke;
        invoke.Text = null;
        invoke.Name = "adaptiveCard/action";
        invoke.Value = JsonSerializer.SerializeToElement(value);
        var result = await Harness.SendAsync(invoke);
        Assert.Equal(200, result.Status);
        var card = result.Body?["value"] ?? throw new InvalidOperationException($"No card in {result.Body?.ToJsonString()}");
        return TurnHarness.TextOf(JsonSerializer.SerializeToElement(card));
    }

    private static string CardText(Activity reply) => TurnHarness.TextOf(TurnHarness.CardOf(reply));
}
