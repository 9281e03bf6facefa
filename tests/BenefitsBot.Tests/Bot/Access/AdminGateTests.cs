using BenefitsBot.Bot.Access;
using BenefitsBot.Bot.Actions;
using BenefitsBot.Graph;
using BenefitsBot.Storage.Audit;
using BenefitsBot.Storage.Tenants;
using BenefitsBot.Testing.FakeGraph;
using BenefitsBot.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace BenefitsBot.Tests.Bot.Access;

/// <summary>The role gate over the real Graph SDK (fake Graph on loopback) and the real store.</summary>
public sealed class AdminGateTests(SqliteAdminBotApp app) : IClassFixture<SqliteAdminBotApp>
{
    private static readonly AdminRole[] GlobalOnly = [AdminRole.GlobalAdministrator];

    [Fact]
    public async Task CheckAsync_GlobalAdminInGraph_Allowed()
    {
        var user = NewUser();
        app.Graph.AssignRole(user.ObjectId, new FakeGraphRole(KnownDirectoryRoles.GlobalAdministrator, "Global Administrator"));

        var decision = await Gate.CheckAsync(user, "test.global", GlobalOnly, CancellationToken.None);

        Assert.True(decision.Allowed);
        Assert.Contains(AdminRole.GlobalAdministrator, decision.Roles);
    }

    [Fact]
    public async Task CheckAsync_UserWithoutRole_RefusedAndAudited()
    {
        var user = NewUser();
        app.Graph.AssignRole(user.ObjectId, new FakeGraphRole(KnownDirectoryRoles.UserAdministrator, "User Administrator"));

        var decision = await Gate.CheckAsync(user, "test.refused", GlobalOnly, CancellationToken.None);

        Assert.False(decision.Allowed);
        Assert.False(decision.Unavailable);
        var audit = await AuditOf(user);
        var entry = Assert.Single(audit);
        Assert.Equal(AuditResult.Refused, entry.Result);
        Assert.Equal("test.refused", entry.Action);
        Assert.Equal(user.ObjectId, entry.ActorObjectId);
    }

    [Fact]
    public async Task CheckAsync_RecordedPartnerCenterRole_AllowedWithoutGraphRole()
    {
        var user = NewUser();
        var records = app.Services.GetRequiredService<ITenantRecordStore>();
        await records.InsertAsync(user.TenantId, new PartnerRoleGrant(user.ObjectId, [AdminRole.MpnPartnerAdmin], "aad-global", user.Today), CancellationToken.None);

        var decision = await Gate.CheckAsync(user, "test.partner", [AdminRole.GlobalAdministrator, AdminRole.MpnPartnerAdmin], CancellationToken.None);
        var notEnough = await Gate.CheckAsync(user, "test.global-only", GlobalOnly, CancellationToken.None);

        Assert.True(decision.Allowed);
        Assert.False(notEnough.Allowed);
    }

    [Fact]
    public async Task CheckAsync_GraphUnavailable_NeitherAllowedNorAudited()
    {
        var user = NewUser();
        app.Graph.InjectFault(FakeGraphFault.Unavailable(), times: 10, when: r => r.Path.Contains(user.ObjectId, StringComparison.Ordinal));

        var decision = await Gate.CheckAsync(user, "test.down", GlobalOnly, CancellationToken.None);

        Assert.False(decision.Allowed);
        Assert.True(decision.Unavailable);
        Assert.Equal(TenantDirectoryErrorKind.Unavailable, decision.Failure!.Kind);
        Assert.Empty(await AuditOf(user));
    }

    private IAdminGate Gate => app.Services.GetRequiredService<IAdminGate>();

    private BotUser NewUser()
    {
        var user = new BotUser(Guid.NewGuid().ToString(), "aad-" + Guid.NewGuid().ToString("N"), "Test User", "en", new DateOnly(2026, 11, 22));
        app.Graph.AddUsers(new FakeGraphUser(user.ObjectId, "Test User", user.ObjectId + "@contoso.example"));
        return user;
    }

    private async Task<IReadOnlyList<AuditEntry>> AuditOf(BotUser user) =>
        await app.Services.GetRequiredService<IAuditLog>().QueryAsync(user.TenantId, DateTimeOffset.MinValue, DateTimeOffset.MaxValue, CancellationToken.None);
}
