using BenefitsBot.Bot.Dialogs.SelfService;
using BenefitsBot.Storage.Tenants;
using BenefitsBot.Tests.Hosting;
using AzureCredit = BenefitsBot.Storage.Tenants.AzureCredit;
using BenefitsBot.Tests.Flows;

namespace BenefitsBot.Tests.Dialogs;

/// <summary>"My benefits" for an employee with no admin role, from the inventory, on each store.</summary>
public abstract class SelfServiceTests(AdminBotApp app)
{
    [Fact]
    public async Task MyBenefits_AssignedSubscriptionAndCredit_ShowsExpiryFromMembership()
    {
        var employee = new CardFlowDriver(app) { Today = CardFlowDriver.SampleDay };
        var offer = new MembershipOffer("offer-vs", MembershipOfferKind.GoldCompetency, "Application Development", new DateOnly(2025, 10, 5), new DateOnly(2026, 10, 5), MembershipOfferStatus.Active, null);
        await employee.Records.InsertAsync(employee.TenantId, offer, CancellationToken.None);
        await employee.Records.InsertAsync(employee.TenantId, new VisualStudioSubscription("vs-1", offer.OfferId, "Visual Studio Enterprise", employee.UserId, new DateOnly(2025, 11, 1)), CancellationToken.None);
        await employee.Records.InsertAsync(employee.TenantId, new VisualStudioSubscription("vs-2", offer.OfferId, "Visual Studio Professional", "aad-someone-else", new DateOnly(2025, 11, 1)), CancellationToken.None);
        await employee.Records.InsertAsync(employee.TenantId, new AzureCredit("credit-1", offer.OfferId, AzureCreditKind.Monthly, 150m, ["aad-x", employee.UserId]), CancellationToken.None);

        var card = await employee.SayAsync("my benefits");

        var text = CardFlowDriver.TextOf(card);
        Assert.Contains("Visual Studio Enterprise", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Visual Studio Professional", text, StringComparison.Ordinal);
        Assert.Contains("2026-10-05", text, StringComparison.Ordinal);
        Assert.Contains("2026-11-04", text, StringComparison.Ordinal);
        Assert.Contains("Azure monthly credit", text, StringComparison.Ordinal);
        Assert.Contains("150 USD", text, StringComparison.Ordinal);
        Assert.Empty(await employee.AuditAsync());
    }

    [Fact]
    public async Task MyBenefits_NothingAssigned_SaysSoInTraditionalChinese()
    {
        var employee = new CardFlowDriver(app) { Today = CardFlowDriver.SampleDay, Locale = "zh-TW" };

        var card = await employee.SayAsync("我的權益");

        Assert.Equal("zh", card.GetProperty("lang").GetString());
        Assert.Contains("目前沒有記錄指派給您的權益", CardFlowDriver.TextOf(card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MyBenefits_RefreshButton_AnswersWithoutRole()
    {
        var employee = new CardFlowDriver(app) { Today = CardFlowDriver.SampleDay, Locale = "nl-NL" };
        var card = await employee.SayAsync("mijn voordelen");
        await employee.Records.InsertAsync(employee.TenantId, new VisualStudioSubscription("vs-nl", null, "Visual Studio Enterprise", employee.UserId, new DateOnly(2026, 1, 2)), CancellationToken.None);

        var refreshed = await employee.PressAsync(card, SelfServiceVerbs.Show);

        Assert.Contains("Visual Studio-abonnement: Visual Studio Enterprise", CardFlowDriver.TextOf(refreshed), StringComparison.Ordinal);
        Assert.Contains("niet vastgelegd", CardFlowDriver.TextOf(refreshed), StringComparison.Ordinal);
    }
}

public sealed class SqliteSelfServiceTests(SqliteAdminBotApp app) : SelfServiceTests(app), IClassFixture<SqliteAdminBotApp>;

public sealed class PostgresSelfServiceTests(PostgresAdminBotApp app) : SelfServiceTests(app), IClassFixture<PostgresAdminBotApp>;
