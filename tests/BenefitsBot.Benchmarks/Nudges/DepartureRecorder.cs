using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;

namespace BenefitsBot.Benchmarks.Nudges;

/// <summary>
/// Stamps each connector request as it leaves the client (after the rate limiter let it go), in the connector's named
/// HttpClient pipeline. Arrival times at the sink add loopback and scheduling jitter on a loaded machine; departures show
/// what the limiter itself allowed.
/// </summary>
/// <param name="departures">Shared by every handler the factory builds (one per pipeline; a handler cannot be reused).</param>
internal sealed class DepartureRecorder(ConcurrentQueue<SinkCall> departures) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var left = Stopwatch.GetTimestamp();
        if (request.Content is { } content)
        {
            using var body = JsonDocument.Parse(await content.ReadAsStringAsync(cancellationToken));
            departures.Enqueue(SinkCall.Read(body.RootElement, request.RequestUri!.AbsolutePath.EndsWith("/activities", StringComparison.Ordinal), left));
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
