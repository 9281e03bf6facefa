using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using BenefitsBot.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace BenefitsBot.Benchmarks.Nudges;

/// <summary>
/// A lean loopback Bot Connector for nudges: creates channel threads and 1:1 chats, accepts sends, and records for each call
/// only its tenant, its rate-limit key (channel or chat) and when it arrived, to compare the send rate with the limits.
/// </summary>
internal sealed class NudgeSink : IAsyncDisposable
{
    private readonly WebApplication app;
    private long nextId;

    private NudgeSink(WebApplication app) => this.app = app;

    public Uri ServiceUrl { get; private set; } = null!;

    /// <summary>Every call: tenant, rate-limit key, <see cref="Stopwatch"/> timestamp of arrival.</summary>
    public ConcurrentQueue<SinkCall> Calls { get; } = new();

    public static async Task<NudgeSink> StartAsync()
    {
        var sink = new NudgeSink(LoopbackWebServer.Create());
        sink.app.MapPost("/v3/conversations", sink.CreateAsync);
        sink.app.MapPost("/v3/conversations/{conversationId}/activities", sink.SendAsync);
        sink.ServiceUrl = await LoopbackWebServer.StartAsync(sink.app);
        return sink;
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    private async Task CreateAsync(HttpContext context)
    {
        var arrived = Stopwatch.GetTimestamp();
        using var body = await JsonDocument.ParseAsync(context.Request.Body);
        var root = body.RootElement;
        var tenant = root.TryGetProperty("tenantId", out var t) ? t.GetString() : null;
        var channel = root.TryGetProperty("channelData", out var data) && data.TryGetProperty("channel", out var c) ? c.GetProperty("id").GetString() : null;
        var member = root.TryGetProperty("members", out var members) && members.GetArrayLength() > 0 ? members[0].GetProperty("id").GetString() : null;
        var id = Interlocked.Increment(ref nextId);
        var key = channel ?? member ?? "?";
        Calls.Enqueue(new SinkCall(tenant ?? "?", key, channel is null ? SinkCallKind.CreateChat : SinkCallKind.CreateThread, arrived));
        var conversation = channel is null ? $"a:personal-{member}" : $"{channel};messageid={id}";
        await WriteAsync(context, $$"""{"id":{{JsonSerializer.Serialize(conversation)}},"activityId":"{{id}}"}""");
    }

    private async Task SendAsync(HttpContext context)
    {
        var arrived = Stopwatch.GetTimestamp();
        using var body = await JsonDocument.ParseAsync(context.Request.Body);
        var tenant = body.RootElement.TryGetProperty("conversation", out var conversation) && conversation.TryGetProperty("tenantId", out var t) ? t.GetString() : null;
        Calls.Enqueue(new SinkCall(tenant ?? "?", (string)context.Request.RouteValues["conversationId"]!, SinkCallKind.Send, arrived));
        await WriteAsync(context, $$"""{"id":"{{Interlocked.Increment(ref nextId)}}"}""");
    }

    private static async Task WriteAsync(HttpContext context, string json)
    {
        context.Response.StatusCode = StatusCodes.Status201Created;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(json);
    }
}

internal enum SinkCallKind
{
    CreateThread,
    CreateChat,
    Send,
}

internal sealed record SinkCall(string Tenant, string Key, SinkCallKind Kind, long Timestamp);
