using System.Net;
using System.Net.Sockets;
using Azure.Identity;
using BenefitsBot.Graph;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using static BenefitsBot.Tests.Graph.TenantDirectoryFixture;

namespace BenefitsBot.Tests.Graph;

public sealed class TenantDirectoryConfigurationTests : IClassFixture<TenantDirectoryFixture>
{
    private readonly TenantDirectoryFixture fixture;

    public TenantDirectoryConfigurationTests(TenantDirectoryFixture fixture)
    {
        this.fixture = fixture;
        fixture.Seed();
    }

    [Fact]
    public async Task GetTenantAsync_WrongClientSecret_AuthenticationFailedAndGraphNeverCalled()
    {
        var directory = fixture.CreateDirectory(("Graph:ClientSecret", "not-the-secret"));

        var error = await Assert.ThrowsAsync<TenantDirectoryException>(() => directory.GetTenantAsync(TenantId));

        Assert.Equal(TenantDirectoryErrorKind.AuthenticationFailed, error.Kind);
        Assert.IsType<AuthenticationFailedException>(error.InnerException);
        Assert.Empty(fixture.Graph.Requests);
    }

    [Fact]
    public async Task GetTenantAsync_TenantOtherThanTheServedOne_RefusedWithoutAnyRequest()
    {
        var directory = fixture.CreateDirectory(("Graph:TenantId", TenantId));

        var error = await Assert.ThrowsAsync<TenantDirectoryException>(() => directory.GetTenantAsync(Guid.NewGuid().ToString()));

        Assert.Equal(TenantDirectoryErrorKind.AuthenticationFailed, error.Kind);
        Assert.Empty(fixture.Graph.Requests);
        Assert.Equal("Contoso Partners AB", (await directory.GetTenantAsync(TenantId)).DisplayName);
    }

    [Fact]
    public async Task GetTenantAsync_TenantIdNotAGuid_AuthenticationFailedWithoutAnyRequest()
    {
        var directory = fixture.CreateDirectory();
        var before = fixture.Graph.Requests.Count;

        var error = await Assert.ThrowsAsync<TenantDirectoryException>(() => directory.GetTenantAsync("00000000-0000-0000-0000-0000000000001"));

        Assert.Equal(TenantDirectoryErrorKind.AuthenticationFailed, error.Kind);
        Assert.Equal(before, fixture.Graph.Requests.Count);
    }

    [Fact]
    public async Task GetTenantAsync_GraphPortClosed_UnavailableWithNetworkInnerException()
    {
        var directory = fixture.CreateDirectory(("Graph:BaseUrl", $"http://127.0.0.1:{ClosedPort()}/v1.0"));

        var error = await Assert.ThrowsAsync<TenantDirectoryException>(() => directory.GetTenantAsync(TenantId));

        Assert.Equal(TenantDirectoryErrorKind.Unavailable, error.Kind);
        Assert.IsType<HttpRequestException>(error.InnerException);
    }

    [Fact]
    public void AddTenantDirectory_NoGraphCredentials_FallsBackToBotAppSettings()
    {
        using var services = fixture.CreateServices(
            ("Graph:ClientId", null), ("Graph:ClientSecret", null),
            ("MicrosoftAppId", "bot-app"), ("MicrosoftAppPassword", "bot-secret"), ("MicrosoftAppTenantId", TenantId));

        var options = services.GetRequiredService<IOptions<GraphOptions>>().Value;

        Assert.Equal(("bot-app", "bot-secret", TenantId), (options.ClientId, options.ClientSecret, options.TenantId));
        Assert.Equal(fixture.Graph.BaseUrl, options.BaseUrl);
    }

    /// <summary>A loopback port nothing listens on (bound, read, released).</summary>
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
