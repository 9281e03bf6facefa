using BenefitsBot.Testing;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BenefitsBot.Benchmarks.Messages;

/// <summary>
/// A lean Bot Connector on 127.0.0.1 that the bots post their replies to: it answers <c>{"id":"n"}</c> and completes the turn
/// waiting on that conversation. Separate from the tests' recording fake because that one keeps every activity for
/// assertions, while this one keeps nothing, so its cost stays flat under load and the figures measure the bot.
/// </summary>
internal sealed class ConnectorSink : IAsyncDisposable
{
    private static readonly byte[] TypeProperty = Encoding.UTF8.GetBytes("type");
    private readonly ConcurrentDictionary<string, TaskCompletionSource<long>> waiting = new(StringComparer.Ordinal);
    private readonly WebApplication app;
    private long nextId;

    private ConnectorSink(WebApplication app) => this.app = app;

    /// <summary>The <c>serviceUrl</c> to put on activities.</summary>
    public Uri ServiceUrl { get; private set; } = null!;

    public static async Task<ConnectorSink> StartAsync()
    {
        var sink = new ConnectorSink(LoopbackWebServer.Create());
        sink.app.MapPost("/{**path}", sink.ReceiveAsync);
        sink.ServiceUrl = await LoopbackWebServer.StartAsync(sink.app);
        return sink;
    }

    /// <summary>Completes with the <see cref="Stopwatch"/> timestamp at which the next message for the conversation arrived.</summary>
    public Task<long> ExpectReply(string conversationId)
    {
        var reply = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!waiting.TryAdd(conversationId, reply))
        {
            throw new InvalidOperationException($"A turn is already waiting in {conversationId}.");
        }

        return reply.Task;
    }

    public void Forget(string conversationId) => waiting.TryRemove(conversationId, out _);

    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    private async Task ReceiveAsync(HttpContext context)
    {
        var arrived = Stopwatch.GetTimestamp();
        var isMessage = await IsMessageAsync(context.Request);
        if (isMessage && ConversationId(context.Request.Path) is { } conversationId && waiting.TryRemove(conversationId, out var reply))
        {
            reply.TrySetResult(arrived);
        }

        context.Response.StatusCode = StatusCodes.Status201Created;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync($"{{\"id\":\"{Interlocked.Increment(ref nextId)}\"}}");
    }

    /// <summary>Typing indicators and other activities do not end a turn; only a message does.</summary>
    private static async Task<bool> IsMessageAsync(HttpRequest request)
    {
        using var document = await JsonDocument.ParseAsync(request.Body);
        return document.RootElement.TryGetProperty(TypeProperty, out var type) && type.ValueEquals("message"u8);
    }

    /// <summary>The segment after <c>v3/conversations/</c>, whatever prefix the bot put before it.</summary>
    private static string? ConversationId(PathString path)
    {
        var segments = (path.Value ?? string.Empty).Split('/', StringSplitOptions.RemoveEmptyEntries);
        var index = Array.IndexOf(segments, "conversations");
        return index >= 0 && index + 1 < segments.Length ? Uri.UnescapeDataString(segments[index + 1]) : null;
    }
}
