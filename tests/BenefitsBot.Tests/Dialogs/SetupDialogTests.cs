using System.Text.Json.Nodes;
using BenefitsBot.Bot.Access;
using BenefitsBot.Bot.Dialogs.Setup;
using BenefitsBot.Graph;
using BenefitsBot.Storage.Audit;
using BenefitsBot.Storage.Tenants;
using BenefitsBot.Testing.FakeGraph;
using BenefitsBot.Tests.Hosting;
using BenefitsBot.Tests.Flows;

namespace BenefitsBot.Tests.Dialogs;

/// <summary>The setup dialog end to end through the turn pipeline, with the fake Graph, on each store.</summary>
public abstract class SetupDialogTests(AdminBotApp app)
{
    protected AdminBotApp App => app;

    [Fact]
    public async Task Setup_GlobalAdmin_RecordsTenantOffersAndRoles()
    {
        var admin = NewAdmin();
        app.Graph.AddUsers(new FakeGraphUser("aad-megan-" + admin.TenantId, "Megan Bowen", "megan@contoso.example"));

        var tenant = await admin.SayAsync("setup");
        var offers = await admin.PressAsync(tenant, SetupVerbs.ConfirmTenant);
        var afterGold = await admin.PressAsync(offers, SetupVerbs.AddOffer, Inputs(("offerKind", "GoldCompetency"), ("competencyArea", "Cloud Platform"), ("purchaseDateText", "14 mars 2025")));
        var afterPack = await admin.PressAsync(afterGold, SetupVerbs.AddOffer, Inputs(("offerKind", "ActionPack"), ("purchaseDate", "2024-09-01")));
        var roles = await admin.PressAsync(afterPack, SetupVerbs.OpenRoles);
        var granted = await admin.PressAsync(roles, SetupVerbs.GrantRoles, Inputs(("userText", "megan@contoso.example"), ("roleAccountAdmin", "true"), ("roleMpnPartnerAdmin", "false")));
        var done = await admin.PressAsync(granted, SetupVerbs.Finish);

        Assert.Contains("Contoso Ltd", CardFlowDriver.TextOf(tenant), StringComparison.Ordinal);
        Assert.Contains("contoso.example", CardFlowDriver.TextOf(tenant), StringComparison.Ordinal);
        var stored = (await admin.Records.ListAsync<MembershipOffer>(admin.TenantId, CancellationToken.None)).Select(o => o.Value).ToList();
        var gold = Assert.Single(stored, o => o.Kind == MembershipOfferKind.GoldCompetency);
        Assert.Equal(("Cloud Platform", new DateOnly(2025, 3, 14), new DateOnly(2026, 3, 14)), (gold.CompetencyArea, gold.PurchaseDate, gold.Anniversary));
        Assert.Equal(new DateOnly(2024, 9, 1), Assert.Single(stored, o => o.Kind == MembershipOfferKind.ActionPack).PurchaseDate);
        var grant = Assert.Single(await admin.Records.ListAsync<PartnerRoleGrant>(admin.TenantId, CancellationToken.None)).Value;
        Assert.Equal(("aad-megan-" + admin.TenantId, admin.UserId), (grant.ObjectId, grant.GrantedBy));
        Assert.Equal([AdminRole.AccountAdmin], grant.Roles);
        Assert.Contains("Megan Bowen", CardFlowDriver.TextOf(done), StringComparison.Ordinal);
        var audit = await admin.AuditAsync();
        Assert.Equal(
            [SetupVerbs.ConfirmTenant, SetupVerbs.AddOffer, SetupVerbs.AddOffer, SetupVerbs.GrantRoles],
            audit.Where(e => e.Result == AuditResult.Succeeded).Select(e => e.Action));
        Assert.All(audit, e => Assert.Equal(admin.UserId, e.ActorObjectId));
    }

    [Fact]
    public async Task Setup_UnreadableDate_ErrorShownTypedTextKeptNothingStored()
    {
        var admin = NewAdmin();
        var offers = await admin.PressAsync(await admin.SayAsync("setup"), SetupVerbs.ConfirmTenant);

        var again = await admin.PressAsync(offers, SetupVerbs.AddOffer, Inputs(("offerKind", "ActionPack"), ("purchaseDateText", "sometime soon")));

        Assert.Contains("couldn't read \"sometime soon\"", CardFlowDriver.TextOf(again), StringComparison.Ordinal);
        Assert.Equal("sometime soon", CardFlowDriver.InputValue(again, "purchaseDateText"));
        Assert.Equal("ActionPack", CardFlowDriver.InputValue(again, "offerKind"));
        Assert.Empty(await admin.Records.ListAsync<MembershipOffer>(admin.TenantId, CancellationToken.None));
    }

    [Fact]
    public async Task Setup_ForgedAddOfferByUserWithoutRole_RefusedAndAudited()
    {
        var admin = NewAdmin();
        var offers = await admin.PressAsync(await admin.SayAsync("setup"), SetupVerbs.ConfirmTenant);
        var employee = admin.As("aad-employee-" + Guid.NewGuid().ToString("N"));
        app.Graph.AddUsers(new FakeGraphUser(employee.UserId, "Employee", employee.UserId + "@contoso.example"));

        var refused = await employee.PressAsync(offers, SetupVerbs.AddOffer, Inputs(("offerKind", "ActionPack"), ("purchaseDate", "2025-01-10")));

        Assert.Contains("Only a Global admin", CardFlowDriver.TextOf(refused), StringComparison.Ordinal);
        Assert.Empty(await admin.Records.ListAsync<MembershipOffer>(admin.TenantId, CancellationToken.None));
        var entry = Assert.Single(await admin.AuditAsync(), e => e.Result == AuditResult.Refused);
        Assert.Equal((employee.UserId, SetupVerbs.AddOffer), (entry.ActorObjectId, entry.Action));
    }

    [Fact]
    public async Task Setup_ReplayedAddOffer_StaleCardAndOneOffer()
    {
        var admin = NewAdmin();
        var offers = await admin.PressAsync(await admin.SayAsync("setup"), SetupVerbs.ConfirmTenant);
        var inputs = Inputs(("offerKind", "LearningActionPack"), ("purchaseDate", "2025-06-01"));
        await admin.PressAsync(offers, SetupVerbs.AddOffer, inputs);

        var replayed = await admin.PressAsync(offers, SetupVerbs.AddOffer, inputs);

        Assert.Contains("out of date", CardFlowDriver.TextOf(replayed), StringComparison.Ordinal);
        Assert.True(CardFlowDriver.HasButton(replayed, SetupVerbs.AddOffer));
        Assert.Single(await admin.Records.ListAsync<MembershipOffer>(admin.TenantId, CancellationToken.None));
    }

    [Fact]
    public async Task Setup_GraphDownDuringUserSearch_RetryCardKeepsInputAndRetrySucceeds()
    {
        var admin = NewAdmin();
        app.Graph.AddUsers(new FakeGraphUser("aad-adele-" + admin.TenantId, "Adele Vance", "adele@contoso.example"));
        var roles = await admin.PressAsync(await admin.PressAsync(await admin.SayAsync("setup"), SetupVerbs.ConfirmTenant), SetupVerbs.OpenRoles);
        app.Graph.InjectFault(FakeGraphFault.Unavailable(), times: 4, when: r => r.Path.EndsWith("/users", StringComparison.Ordinal));

        var retry = await admin.PressAsync(roles, SetupVerbs.GrantRoles, Inputs(("userText", "adele@contoso.example"), ("roleMpnPartnerAdmin", "true")));
        var carried = CardFlowDriver.ButtonData(retry, SetupVerbs.GrantRoles);
        var granted = await admin.PressAsync(retry, SetupVerbs.GrantRoles);

        Assert.Contains("Microsoft Graph is not answering", CardFlowDriver.TextOf(retry), StringComparison.Ordinal);
        Assert.Equal(("adele@contoso.example", "true"), (carried["userText"]!.GetValue<string>(), carried["roleMpnPartnerAdmin"]!.GetValue<string>()));
        Assert.Contains("Adele Vance", CardFlowDriver.TextOf(granted), StringComparison.Ordinal);
        Assert.Equal([AdminRole.MpnPartnerAdmin], Assert.Single(await admin.Records.ListAsync<PartnerRoleGrant>(admin.TenantId, CancellationToken.None)).Value.Roles);
    }

    [Fact]
    public async Task Setup_PickedUser_ForgedValueFindsNoOneThenListedUserGranted()
    {
        var admin = NewAdmin();
        var patti = new FakeGraphUser("aad-patti-" + admin.TenantId, "Patti Fernandez", "patti." + admin.TenantId[..8] + "@contoso.example");
        app.Graph.AddUsers(patti);
        var roles = await admin.PressAsync(await admin.PressAsync(await admin.SayAsync("setup"), SetupVerbs.ConfirmTenant), SetupVerbs.OpenRoles);

        var forged = await admin.PressAsync(roles, SetupVerbs.GrantRoles, Inputs(("user", "ghost@fabrikam.example"), ("roleAccountAdmin", "true")));
        var granted = await admin.PressAsync(forged, SetupVerbs.GrantRoles, Inputs(("user", patti.UserPrincipalName), ("roleAccountAdmin", "true")));

        Assert.Contains("Input.ChoiceSet", roles.GetRawText(), StringComparison.Ordinal);
        Assert.Contains("graph.users", roles.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("recorded the Partner Center roles", CardFlowDriver.TextOf(forged), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Patti Fernandez", CardFlowDriver.TextOf(granted), StringComparison.Ordinal);
        var grant = Assert.Single(await admin.Records.ListAsync<PartnerRoleGrant>(admin.TenantId, CancellationToken.None)).Value;
        Assert.Equal(patti.Id, grant.ObjectId);
    }

    [Fact]
    public async Task Setup_GraphDownAtStart_RetryCardThenTenantCard()
    {
        var admin = NewAdmin();
        app.Graph.InjectFault(FakeGraphFault.Unavailable(), times: 4, when: r => r.Path.EndsWith("/organization", StringComparison.Ordinal));

        var retry = await admin.SayAsync("setup");
        var tenant = await admin.PressAsync(retry, SetupVerbs.Start);

        Assert.Contains("Microsoft Graph is not answering", CardFlowDriver.TextOf(retry), StringComparison.Ordinal);
        Assert.True(CardFlowDriver.HasButton(tenant, SetupVerbs.ConfirmTenant));
    }

    [Fact]
    public async Task Setup_TwoInstancesPressSameStepAtOnce_OneOfferOneAudit()
    {
        var admin = NewAdmin();
        var offers = await admin.PressAsync(await admin.SayAsync("setup"), SetupVerbs.ConfirmTenant);
        var second = app.StartInstance().Harness;
        var inputs = Inputs(("offerKind", "ActionPack"), ("purchaseDate", "2025-02-02"));

        var results = await Task.WhenAll(admin.SendPressAsync(offers, SetupVerbs.AddOffer, inputs), admin.SendPressAsync(offers, SetupVerbs.AddOffer, inputs, on: second));

        Assert.All(results, r => Assert.Equal(200, r.Status));
        Assert.Single(await admin.Records.ListAsync<MembershipOffer>(admin.TenantId, CancellationToken.None));
        Assert.Single(await admin.AuditAsync(), e => e.Action == SetupVerbs.AddOffer);
        Assert.Single(results, r => r.Body!.ToJsonString().Contains("out of date", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Setup_SubmitFallback_NextStepArrivesAsNewMessage()
    {
        var admin = NewAdmin();
        var tenant = await admin.SayAsync("setup");
        var submit = admin.Message(string.Empty);
        submit.Text = null;
        var data = CardFlowDriver.ButtonData(tenant, SetupVerbs.ConfirmTenant);
        data["verb"] = SetupVerbs.ConfirmTenant;
        submit.Value = System.Text.Json.JsonSerializer.SerializeToElement(data);

        var reply = await app.Harness.AskAsync(submit);

        Assert.True(CardFlowDriver.HasButton(Testing.Turns.TurnHarness.CardOf(reply), SetupVerbs.AddOffer));
    }

    [Fact]
    public async Task Setup_ContinuedOnAnotherInstance_PicksUpWhereItWas()
    {
        var admin = NewAdmin();
        var offers = await admin.PressAsync(await admin.SayAsync("setup"), SetupVerbs.ConfirmTenant);
        var restarted = app.StartInstance().Harness;

        var added = await admin.PressAsync(offers, SetupVerbs.AddOffer, Inputs(("offerKind", "ActionPack"), ("purchaseDateText", "1 September 2025")), on: restarted);

        Assert.Contains("Recorded Action Pack", CardFlowDriver.TextOf(added), StringComparison.Ordinal);
        Assert.Single(await admin.Records.ListAsync<MembershipOffer>(admin.TenantId, CancellationToken.None));
    }

    [Fact]
    public async Task Setup_NoGraphCredentials_CardSaysTheyAreNotConfigured()
    {
        var admin = NewAdmin();
        app.Settings["Graph:ClientSecret"] = string.Empty;
        app.Settings["Graph:SampleDirectory"] = "false"; // else Development reads the built-in sample without credentials
        var unconfigured = app.StartInstance().Harness;
        app.Settings.Remove("Graph:ClientSecret");
        app.Settings.Remove("Graph:SampleDirectory");

        var card = await admin.SayAsync("setup", unconfigured);

        var text = CardFlowDriver.TextOf(card);
        Assert.Contains("no Microsoft Graph credentials configured", text, StringComparison.Ordinal);
        Assert.DoesNotContain("consented", text, StringComparison.Ordinal);
        Assert.True(CardFlowDriver.HasButton(card, SetupVerbs.Start));
    }

    [Fact]
    public async Task Setup_CancelWhileGraphDown_EndsDialogWithoutRetryCard()
    {
        var admin = NewAdmin();
        var offers = await admin.PressAsync(await admin.SayAsync("setup"), SetupVerbs.ConfirmTenant);
        var down = true;
        app.Graph.InjectFault(FakeGraphFault.Unavailable(), times: 100, when: r => down && r.Path.Contains(admin.UserId, StringComparison.Ordinal));

        var cancelled = await admin.PressAsync(offers, SetupVerbs.Cancel);
        var late = await admin.PressAsync(offers, SetupVerbs.AddOffer, Inputs(("offerKind", "ActionPack"), ("purchaseDate", "2025-02-02")));
        down = false;

        Assert.Contains("Cancelled", CardFlowDriver.TextOf(cancelled), StringComparison.Ordinal);
        Assert.False(CardFlowDriver.HasButton(cancelled, SetupVerbs.Cancel));
        Assert.Contains("could not check your admin roles", CardFlowDriver.TextOf(late), StringComparison.Ordinal);
        Assert.Empty(await admin.Records.ListAsync<MembershipOffer>(admin.TenantId, CancellationToken.None));
    }

    [Fact]
    public async Task Setup_Cancel_EndsDialogAndOldCardIsStale()
    {
        var admin = NewAdmin();
        var offers = await admin.PressAsync(await admin.SayAsync("setup"), SetupVerbs.ConfirmTenant);

        var cancelled = await admin.PressAsync(offers, SetupVerbs.Cancel);
        var late = await admin.PressAsync(offers, SetupVerbs.AddOffer, Inputs(("offerKind", "ActionPack"), ("purchaseDate", "2025-02-02")));

        Assert.Contains("Cancelled", CardFlowDriver.TextOf(cancelled), StringComparison.Ordinal);
        Assert.Contains("out of date", CardFlowDriver.TextOf(late), StringComparison.Ordinal);
        Assert.Empty(await admin.Records.ListAsync<MembershipOffer>(admin.TenantId, CancellationToken.None));
    }

    [Fact]
    public async Task Setup_SwedishCommand_SwedishCardsAndChineseDateRead()
    {
        var admin = NewAdmin();
        admin.Locale = "sv-SE";

        var tenant = await admin.SayAsync("konfigurera");
        var offers = await admin.PressAsync(tenant, SetupVerbs.ConfirmTenant);
        await admin.PressAsync(offers, SetupVerbs.AddOffer, Inputs(("offerKind", "SilverCompetency"), ("competencyArea", "Data Analytics"), ("purchaseDateText", "2025年3月14日")));

        Assert.Equal("sv", tenant.GetProperty("lang").GetString());
        Assert.Contains("Ja, det här är vår klientorganisation", CardFlowDriver.TextOf(tenant), StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2025, 3, 14), Assert.Single(await admin.Records.ListAsync<MembershipOffer>(admin.TenantId, CancellationToken.None)).Value.PurchaseDate);
    }

    internal static JsonObject Inputs(params (string Key, string Value)[] values) =>
        new(values.Select(v => KeyValuePair.Create(v.Key, (JsonNode?)JsonValue.Create(v.Value))));

    private CardFlowDriver NewAdmin()
    {
        app.Graph.Organization = new FakeGraphOrganization("org-1", "Contoso Ltd", [new FakeGraphDomain("contoso.example", IsDefault: true), new FakeGraphDomain("contoso.onmicrosoft.com", IsInitial: true)]);
        return new CardFlowDriver(app) { Today = CardFlowDriver.SampleDay }.AsGlobalAdmin();
    }
}

public sealed class SqliteSetupDialogTests(SqliteAdminBotApp app) : SetupDialogTests(app), IClassFixture<SqliteAdminBotApp>;

public sealed class PostgresSetupDialogTests(PostgresAdminBotApp app) : SetupDialogTests(app), IClassFixture<PostgresAdminBotApp>;
