using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BenefitsBot.Testing;

/// <summary>
/// A loopback Bot Connector (Kestrel on 127.0.0.1, a free port) like the Agents Playground's mock connector: it records every
/// request, assigns ids, keeps conversations, members and teams, and can be told to fail. Replies of the bot under test arrive here.
/// </summary>
public sealed partial class FakeConnectorServer : IAsyncDisposable
{
    private const string BasePath = "/_connector";

    private readonly WebApplication app;
    private readonly Lock gate = new();
    private Uri? serviceUrl;

    private FakeConnectorServer(WebApplication app) => this.app = app;

    /// <summary>The serviceUrl to put on activities, e.g. <c>http://127.0.0.1:40123/_connector</c> (no trailing slash, like the Playground's).</summary>
    public Uri ServiceUrl => serviceUrl ?? throw new InvalidOperationException("The fake connector has not started.");

    public static async Task<FakeConnectorServer> StartAsync(CancellationToken cancellationToken = default)
    {
        var server = new FakeConnectorServer(LoopbackWebServer.Create());
        server.MapEndpoints();
        var address = await LoopbackWebServer.StartAsync(server.app, cancellationToken).ConfigureAwait(false);
        server.serviceUrl = new Uri(address + BasePath.TrimStart('/'));
        return server;
    }

    /// <summary>Forgets recorded requests, pending faults, conversations, members and teams.</summary>
    public void Reset()
    {
        lock (gate)
        {
            requests.Clear();
            faults.Clear();
            conversations.Clear();
            personalChats.Clear();
            membersByConversation.Clear();
            teams.Clear();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync().ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
    }
}
