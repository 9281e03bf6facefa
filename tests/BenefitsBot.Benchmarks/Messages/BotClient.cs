using System.Net.Http.Headers;

namespace BenefitsBot.Benchmarks.Messages;

/// <summary>Posts activities to a bot's <c>/api/messages</c> over one pooled loopback connection set.</summary>
internal sealed class BotClient(Uri endpoint, ConnectorSink sink, string text) : IDisposable
{
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };
    private readonly HttpClient http = new(new SocketsHttpHandler { UseProxy = false, MaxConnectionsPerServer = 256 });
    private long nextActivity;

    /// <summary>One turn: send, then wait for the reply at the sink. Returns the latency in ms, or null on an error or timeout.</summary>
    public async Task<double?> TurnAsync(string conversationId, TimeSpan timeout)
    {
        var reply = sink.ExpectReply(conversationId);
        var activityId = $"a{Interlocked.Increment(ref nextActivity)}";
        using var content = new ByteArrayContent(TurnActivity.Message(sink.ServiceUrl, conversationId, activityId, text));
        content.Headers.ContentType = Json;
        var sent = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            using var response = await http.PostAsync(endpoint, content);
            if (!response.IsSuccessStatusCode)
            {
                return null;
            }

            var arrived = await reply.WaitAsync(timeout);
            return System.Diagnostics.Stopwatch.GetElapsedTime(sent, arrived).TotalMilliseconds;
        }
        catch (Exception error) when (error is TimeoutException or HttpRequestException)
        {
            return null;
        }
        finally
        {
            sink.Forget(conversationId);
        }
    }

    public void Dispose() => http.Dispose();
}
