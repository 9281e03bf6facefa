using BenefitsBot.Graph;
using BenefitsBot.Testing.FakeGraph;
using Microsoft.Graph.Models.ODataErrors;
using static BenefitsBot.Tests.Graph.TenantDirectoryFixture;

namespace BenefitsBot.Tests.Graph;

public sealed class TenantDirectoryErrorTests : IClassFixture<TenantDirectoryFixture>
{
    private readonly TenantDirectoryFixture fixture;
    private readonly ITenantDirectory directory;

    public TenantDirectoryErrorTests(TenantDirectoryFixture fixture)
    {
        this.fixture = fixture;
        fixture.Seed();
        directory = fixture.CreateDirectory();
    }

    public static TheoryData<string, string> Calls => new()
    {
        { "tenant", "Organization.Read.All" },
        { "users", "User.Read.All" },
        { "skus", "Organization.Read.All" },
        { "assign", "LicenseAssignment.ReadWrite.All" },
        { "roles", "Directory.Read.All" },
    };

    [Theory]
    [MemberData(nameof(Calls))]
    public async Task AnyCall_Forbidden_NamesTheMissingApplicationPermission(string call, string permission)
    {
        fixture.Graph.InjectFault(FakeGraphFault.Forbidden());

        var error = await Assert.ThrowsAsync<TenantDirectoryException>(() => Invoke(call));

        Assert.Equal(TenantDirectoryErrorKind.Forbidden, error.Kind);
        Assert.Equal(permission, error.MissingPermission);
        Assert.Contains(permission, error.Message, StringComparison.Ordinal);
        Assert.Equal("Authorization_RequestDenied", error.GraphErrorCode);
        Assert.Equal(403, Assert.IsType<ODataError>(error.InnerException).ResponseStatusCode);
    }

    [Fact]
    public async Task GetSubscribedSkusAsync_ThrottledOnceWithRetryAfter_WaitsThenSucceeds()
    {
        fixture.Graph.InjectFault(FakeGraphFault.Throttled(retryAfterSeconds: 1));

        var skus = await directory.GetSubscribedSkusAsync(TenantId);

        Assert.Equal(2, skus.Count);
        var attempts = fixture.Graph.Requests.Where(r => r.Path == "/v1.0/subscribedSkus").ToList();
        Assert.Equal([429, 200], attempts.Select(a => a.ResponseStatus));
        Assert.Equal("1", attempts[1].Header("Retry-Attempt"));
        Assert.True(attempts[1].ReceivedAt - attempts[0].ReceivedAt >= TimeSpan.FromMilliseconds(900), "the retry came before Retry-After elapsed");
    }

    [Fact]
    public async Task GetTenantAsync_RetryAfterBeyondTimeLimit_ThrottledAtOnceWithRetryAfter()
    {
        fixture.Graph.InjectFault(FakeGraphFault.Throttled(retryAfterSeconds: 30));

        var error = await Assert.ThrowsAsync<TenantDirectoryException>(() => directory.GetTenantAsync(TenantId));

        Assert.Equal(TenantDirectoryErrorKind.Throttled, error.Kind);
        Assert.Equal(TimeSpan.FromSeconds(30), error.RetryAfter);
        Assert.Single(fixture.Graph.Requests, r => r.Path == "/v1.0/organization");
    }

    [Fact]
    public async Task SearchUsersAsync_ThrottledOnEveryAttempt_ThrottledAfterRetriesWithInnerException()
    {
        fixture.Graph.InjectFault(FakeGraphFault.Throttled(retryAfterSeconds: 0), times: int.MaxValue);

        var error = await Assert.ThrowsAsync<TenantDirectoryException>(() => directory.SearchUsersAsync(TenantId, "al", 5));

        Assert.Equal(TenantDirectoryErrorKind.Throttled, error.Kind);
        Assert.Equal(429, error.StatusCode);
        Assert.IsType<AggregateException>(error.InnerException);
        Assert.Equal(4, fixture.Graph.Requests.Count(r => r.Path == "/v1.0/users"));
    }

    [Fact]
    public async Task GetTenantAsync_UnavailableOnEveryAttempt_UnavailableAfterRetriesWithInnerException()
    {
        fixture.Graph.InjectFault(FakeGraphFault.Unavailable(), times: int.MaxValue);

        var error = await Assert.ThrowsAsync<TenantDirectoryException>(() => directory.GetTenantAsync(TenantId));

        Assert.Equal(TenantDirectoryErrorKind.Unavailable, error.Kind);
        Assert.Equal(503, error.StatusCode);
        Assert.IsType<AggregateException>(error.InnerException);
        Assert.Equal(4, fixture.Graph.Requests.Count(r => r.Path == "/v1.0/organization"));
    }

    [Fact]
    public async Task AssignLicenseAsync_UnavailableOnce_RetriesThePostAndAssignsOnce()
    {
        fixture.Graph.InjectFault(FakeGraphFault.Unavailable(), when: r => r.Method == "POST");

        await directory.AssignLicenseAsync(TenantId, "u-alex", E5);

        Assert.Equal([503, 200], fixture.Graph.Requests.Where(r => r.Method == "POST").Select(r => r.ResponseStatus));
        Assert.Equal([E5], fixture.Graph.LicensesOf("u-alex"));
    }

    [Fact]
    public async Task GetDirectoryRolesAsync_UnknownUser_NotFound()
    {
        var error = await Assert.ThrowsAsync<TenantDirectoryException>(() => directory.GetDirectoryRolesAsync(TenantId, "u-nobody"));

        Assert.Equal(TenantDirectoryErrorKind.NotFound, error.Kind);
        Assert.Equal(404, error.StatusCode);
    }

    [Fact]
    public async Task GetTenantAsync_NotFoundWithoutBody_NotFoundFromApiException()
    {
        fixture.Graph.InjectFault(new FakeGraphFault(404, Code: null, Message: null));

        var error = await Assert.ThrowsAsync<TenantDirectoryException>(() => directory.GetTenantAsync(TenantId));

        Assert.Equal(TenantDirectoryErrorKind.NotFound, error.Kind);
        Assert.IsType<Microsoft.Kiota.Abstractions.ApiException>(error.InnerException);
    }

    private Task Invoke(string call) => call switch
    {
        "tenant" => directory.GetTenantAsync(TenantId),
        "users" => directory.SearchUsersAsync(TenantId, "al", 5),
        "skus" => directory.GetSubscribedSkusAsync(TenantId),
        "assign" => directory.AssignLicenseAsync(TenantId, "u-alice", E5),
        "roles" => directory.GetDirectoryRolesAsync(TenantId, "u-alice"),
        _ => throw new ArgumentOutOfRangeException(nameof(call)),
    };
}
