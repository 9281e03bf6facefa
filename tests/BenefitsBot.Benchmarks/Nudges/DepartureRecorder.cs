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
            departures.Enqueue(Describe(body.RootElement, request.RequestUri!, left));
        }

        return await base.SendAsync(request, cancellationToken);
    }

    private static SinkCall Describe(JsonElement body, Uri uri, long left)
    {
        if (!uri.AbsolutePath.EndsWith("/activities", StringComparison.Ordinal))
        {
            var tenant = body.GetProperty("tenantId");
            var channel = body.TryGetProperty("channelData", out var data) && data.TryGetProperty("channel", out var c) ? c.GetProperty("id").GetString() : null;
            var member = body.TryGetProperty("members", out var members) && members.GetArrayLength() > 0 ? members[0].GetProperty("id").GetString() : null;
            return new SinkCall(tenant.GetString()!, channel ?? member ?? "?", channel is null ? SinkCallKind.CreateChat : SinkCallKind.CreateThread, left);
        }

        var conversation = body.GetProperty("conversation");
        return new SinkCall(conversation.GetProperty("tenantId").GetString()!, conversation.GetProperty("id").GetString()!, SinkCallKind.Send, left);
    }
}
