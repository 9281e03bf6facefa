using BenefitsBot.Graph;
using BenefitsBot.Storage.Audit;
using BenefitsBot.Testing;
using BenefitsBot.Testing.FakeGraph;
using BenefitsBot.Tests.Dialogs.Redemption;
using BenefitsBot.Tests.Dialogs;
using BenefitsBot.Tests.Hosting;
using BenefitsBot.Tests.Flows;

namespace BenefitsBot.Tests.Dialogs.Assignment;

/// <summary>License assignment end to end through the turn pipeline, with the real Graph SDK against the fake Graph, on each store.</summary>
public abstract class AssignmentDialogTests(AdminBotApp app)
{
    [Fact]
    public async Task Assign_TwoUsersOneWithoutUsageLocation_ResultPerUserOthersStillAssigned()
    {
        var admin = new CardFlowDriver(app, "en-US", KnownDirectoryRoles.UserAdministrator);
        var (ada, bob) = (NewUser("Ada"), NewUser("Bob"));
        var sku = NewSku("SPE_E3", enabled: 10, consumed: 2);
        app.Graph.InjectFault(
            new FakeGraphFault(400, "Request_BadRequest", "License assignment cannot be done for user with invalid usage location."),
            when: r => r.Path.EndsWith($"/users/{bob.Id}/assignLicense", StringComparison.Ordinal));
        var start = await admin.SayAsync("assign");

        var withAda = await admin.PressAsync(start, "assign.add", new { user = ada.UserPrincipalName, sku = sku.SkuId.ToString() });
        var result = await admin.PressAsync(withAda, "assign.run", new { userText = bob.DisplayName });

        Assert.Contains("SPE_E3: 8 of 10 free", CardFlowDriver.TextOf(start), StringComparison.Ordinal);
        Assert.Equal(sku.SkuId.ToString(), CardFlowDriver.InputValue(withAda, "sku"));
        var text = CardFlowDriver.TextOf(result);
        Assert.True(text.Contains("1 of 2 users got the license", StringComparison.Ordinal), text);
        Assert.Contains("invalid usage location", text, StringComparison.Ordinal);
        Assert.Equal([sku.SkuId], app.Graph.LicensesOf(ada.Id));
        Assert.Empty(app.Graph.LicensesOf(bob.Id));
        var audit = await admin.AuditAsync();
        Assert.Contains(audit, e => e.Action == "assign.license" && e.Target == ada.Id && e.Result == AuditResult.Succeeded);
        Assert.Contains(audit, e => e.Action == "assign.license" && e.Target == bob.Id && e.Result == AuditResult.Failed);
    }

    [Fact]
    public async Task Assign_NoFreeSeats_RejectedShownPerUser()
    {
        var admin = new CardFlowDriver(app, "en-US", KnownDirectoryRoles.GlobalAdministrator);
        var cleo = NewUser("Cleo");
        var sku = NewSku("VISIO", enabled: 1, consumed: 1);

        var result = await admin.PressAsync(await admin.SayAsync("assign"), "assign.run", new { user = cleo.UserPrincipalName, sku = sku.SkuId.ToString() });

        Assert.Contains("does not have any available licenses", CardFlowDriver.TextOf(result), StringComparison.Ordinal);
        Assert.Contains("0 of 1 users", CardFlowDriver.TextOf(result), StringComparison.Ordinal);
        Assert.Empty(app.Graph.LicensesOf(cleo.Id));
    }

    [Fact]
    public async Task Assign_UserDeletedMeanwhile_NotFoundShownForThatUser()
    {
        var admin = new CardFlowDriver(app, "en-US", KnownDirectoryRoles.GlobalAdministrator);
        var (hana, ivan) = (NewUser("Hana"), NewUser("Ivan"));
        var sku = NewSku("TEAMS_EXPLORATORY", enabled: 5, consumed: 0);
        var withHana = await admin.PressAsync(await admin.SayAsync("assign"), "assign.add", new { user = hana.UserPrincipalName, sku = sku.SkuId.ToString() });
        app.Graph.InjectFault(FakeGraphFault.NotFound(), when: r => r.Path.EndsWith($"/users/{hana.Id}/assignLicense", StringComparison.Ordinal));

        var result = await admin.PressAsync(withHana, "assign.run", new { user = ivan.UserPrincipalName });

        var text = CardFlowDriver.TextOf(result);
        Assert.Contains("no longer exists in the directory", text, StringComparison.Ordinal);
        Assert.Contains("1 of 2 users", text, StringComparison.Ordinal);
        Assert.Equal([sku.SkuId], app.Graph.LicensesOf(ivan.Id));
    }

    [Fact]
    public async Task AddUser_TypedNameMatchesSeveral_PickListWithTextKept()
    {
        var admin = new CardFlowDriver(app, "en-US", KnownDirectoryRoles.GlobalAdministrator);
        var family = "Zed" + Guid.NewGuid().ToString("N")[..6];
        var (one, two) = (NewUser(family + " One"), NewUser(family + " Two"));

        var several = await admin.PressAsync(await admin.SayAsync("assign"), "assign.add", new { userText = family });
        var none = await admin.PressAsync(several, "assign.add", new { userText = "Nobody" + family });
        var added = await admin.PressAsync(none, "assign.add", new { user = two.UserPrincipalName });

        Assert.Contains("Several people match", CardFlowDriver.TextOf(several), StringComparison.Ordinal);
        Assert.Contains(one.UserPrincipalName, CardFlowDriver.TextOf(several), StringComparison.Ordinal);
        Assert.Equal(family, CardFlowDriver.InputValue(several, "userText"));
        Assert.Contains("I found no one", CardFlowDriver.TextOf(none), StringComparison.Ordinal);
        Assert.Equal("Nobody" + family, CardFlowDriver.InputValue(none, "userText"));
        Assert.True(CardFlowDriver.HasButton(added, "assign.remove"));
        Assert.Equal(two.Id, CardFlowDriver.Button(added, "assign.remove")["userId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Typeahead_AdminFindsMembersAndGuests_NonAdminNothingAndAudited()
    {
        var admin = new CardFlowDriver(app, "en-US", KnownDirectoryRoles.GlobalAdministrator);
        var employee = new CardFlowDriver(app, "en-US");
        var prefix = "Yara" + Guid.NewGuid().ToString("N")[..6];
        NewUser(prefix + " Member");
        app.Graph.AddUsers(FakeGraphUser.Guest("g-" + prefix, prefix + " Guest", prefix.ToLowerInvariant() + "@fabrikam.example"));

        var found = await admin.SearchUsersAsync(prefix);
        var hidden = await employee.SearchUsersAsync(prefix);

        Assert.Equal(2, found.Count);
        Assert.Contains(found, r => r.Title.Contains("guest", StringComparison.Ordinal) && r.Title.Contains("@fabrikam.example", StringComparison.Ordinal));
        Assert.Empty(hidden);
        Assert.Contains(await employee.AuditAsync(), e => e.Result == AuditResult.Refused && e.Action == "users.search");
    }

    [Fact]
    public async Task Run_GraphDownBeforeAnyone_RetryCardThenAssignedOnce()
    {
        var admin = new CardFlowDriver(app, "en-US", KnownDirectoryRoles.GlobalAdministrator);
        var dora = NewUser("Dora");
        var sku = NewSku("EMS", enabled: 5, consumed: 0);
        var start = await admin.SayAsync("assign");
        var down = true;
        app.Graph.InjectFault(FakeGraphFault.Unavailable(), times: 100, when: r => down && r.Path.EndsWith("/assignLicense", StringComparison.Ordinal));

        var retry = await admin.PressAsync(start, "assign.run", new { user = dora.UserPrincipalName, sku = sku.SkuId.ToString() });
        down = false;
        var result = await admin.PressAsync(retry, "assign.run");
        var replay = await admin.PressAsync(retry, "assign.run");

        Assert.Contains("not answering", CardFlowDriver.TextOf(retry), StringComparison.Ordinal);
        Assert.Contains("1 of 1 users", CardFlowDriver.TextOf(result), StringComparison.Ordinal);
        Assert.Contains("out of date", CardFlowDriver.TextOf(replay), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(1, app.Graph.Sku(sku.SkuId).ConsumedUnits);
    }

    [Fact]
    public async Task Run_GraphForbidsAssignLicense_NamesPermission()
    {
        var admin = new CardFlowDriver(app, "en-US", KnownDirectoryRoles.GlobalAdministrator);
        var eve = NewUser("Eve");
        var sku = NewSku("E5", enabled: 5, consumed: 0);
        app.Graph.InjectFault(FakeGraphFault.Forbidden(), when: r => r.Path.EndsWith($"/users/{eve.Id}/assignLicense", StringComparison.Ordinal));

        var card = await admin.PressAsync(await admin.SayAsync("assign"), "assign.run", new { user = eve.UserPrincipalName, sku = sku.SkuId.ToString() });

        Assert.Contains("LicenseAssignment.ReadWrite.All", CardFlowDriver.TextOf(card), StringComparison.Ordinal);
        Assert.Empty(app.Graph.LicensesOf(eve.Id));
    }

    [Fact]
    public async Task Run_ForgedByUserWithoutRole_RefusedAuditedNoGraphAssignment()
    {
        var admin = new CardFlowDriver(app, "en-US", KnownDirectoryRoles.GlobalAdministrator);
        var intruder = new CardFlowDriver(app, "en-US", KnownDirectoryRoles.BillingAdministrator);
        var finn = NewUser("Finn");
        var sku = NewSku("E1", enabled: 5, consumed: 0);
        var data = CardFlowDriver.Button(await admin.SayAsync("assign"), "assign.run");
        data["user"] = finn.UserPrincipalName;
        data["sku"] = sku.SkuId.ToString();

        var refused = await intruder.InvokeAsync("assign.run", data);

        Assert.Contains("Only a Global admin", CardFlowDriver.TextOf(refused), StringComparison.Ordinal);
        Assert.Empty(app.Graph.LicensesOf(finn.Id));
        Assert.Contains(await intruder.AuditAsync(), e => e.Result == AuditResult.Refused && e.Action == "assign.run");
    }

    [Theory]
    [InlineData("en-US", "assign")]
    [InlineData("sv-SE", "tilldela")]
    [InlineData("nl-NL", "toewijzen")]
    [InlineData("zh-TW", "指派")]
    public async Task EveryCard_FourLanguages_ValidForTeamsAtVersion15(string locale, string command)
    {
        var admin = new CardFlowDriver(app, locale, KnownDirectoryRoles.GlobalAdministrator);
        var gus = NewUser("Gus");
        var sku = NewSku("PBI_PRO", enabled: 3, consumed: 0);
        var start = await admin.SayAsync(command);
        var added = await admin.PressAsync(start, "assign.add", new { user = gus.UserPrincipalName, sku = sku.SkuId.ToString() });
        await admin.PressAsync(added, "assign.add", new { userText = "no-such-person-" + Guid.NewGuid().ToString("N") });
        var result = await admin.PressAsync(added, "assign.run", new { sku = sku.SkuId.ToString() });
        await admin.PressAsync(result, "assign.start");

        var results = await AdaptiveCardOracle.ValidateAsync(admin.Cards);

        Assert.True(results.All(r => r.ValidForTeams), string.Join("\n", results.Where(r => !r.ValidForTeams).Take(5)));
        Assert.Equal(admin.Cards.Count, results.Count);
    }

    private FakeGraphUser NewUser(string name)
    {
        var id = Guid.NewGuid().ToString();
        var user = new FakeGraphUser(id, name, $"{name.Replace(' ', '.').ToLowerInvariant()}.{id[..6]}@contoso-partner.com");
        app.Graph.AddUsers(user);
        return user;
    }

    private FakeGraphSku NewSku(string partNumber, int enabled, int consumed)
    {
        var sku = new FakeGraphSku(Guid.NewGuid(), partNumber, enabled, consumed);
        app.Graph.AddSku(sku);
        return sku;
    }
}

/// <summary>License assignment on the embedded SQLite store.</summary>
public sealed class SqliteAssignmentDialogTests(SqliteAdminBotApp app) : AssignmentDialogTests(app), IClassFixture<SqliteAdminBotApp>;

/// <summary>License assignment on PostgreSQL (BENEFITSBOT_TEST_POSTGRES).</summary>
public sealed class PostgresAssignmentDialogTests(PostgresAdminBotApp app) : AssignmentDialogTests(app), IClassFixture<PostgresAdminBotApp>;
