using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BenefitsBot.Testing.FakeGraph;

/// <summary>
/// A loopback Microsoft Graph v1.0 (Kestrel on 127.0.0.1, a free port) for the real Graph SDK: /organization, /users ($filter
/// startswith), /subscribedSkus, assignLicense, transitiveMemberOf directory roles. Programmable directory data and faults;
/// records every request. Tokens come from <see cref="FakeIdentityProvider"/>; this server only insists on a bearer token.
/// </summary>
public sealed partial class FakeGraphServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly Lock gate = new();
    private Uri? baseUrl;

    private FakeGraphServer(WebApplication app) => this.app = app;

    /// <summary>The Graph base URL to configure, e.g. <c>http://127.0.0.1:40123/v1.0</c>.</summary>
    public Uri BaseUrl => baseUrl ?? throw new InvalidOperationException("The fake Graph server has not started.");

    public static async Task<FakeGraphServer> StartAsync(CancellationToken cancellationToken = default)
    {
        var server = new FakeGraphServer(LoopbackWebServer.Create());
        server.MapEndpoints();
        var address = await LoopbackWebServer.StartAsync(server.app, cancellationToken).ConfigureAwait(false);
        server.baseUrl = new Uri(address + "v1.0");
        return server;
    }

    /// <summary>Forgets recorded requests, pending faults and all directory data.</summary>
    public void Reset()
    {
        lock (gate)
        {
            requests.Clear();
            faults.Clear();
            users.Clear();
            skus.Clear();
            roles.Clear();
            Organization = null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync().ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
    }
}
