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
        var call = SinkCall.Read(body.RootElement, isSend: false, arrived);
        Calls.Enqueue(call);
        var id = Interlocked.Increment(ref nextId);
        var conversation = call.Kind == SinkCallKind.CreateThread ? $"{call.Key};messageid={id}" : $"a:personal-{call.Key}";
        await WriteAsync(context, $$"""{"id":{{JsonSerializer.Serialize(conversation)}},"activityId":"{{id}}"}""");
    }

    private async Task SendAsync(HttpContext context)
    {
        var arrived = Stopwatch.GetTimestamp();
        using var body = await JsonDocument.ParseAsync(context.Request.Body);
        Calls.Enqueue(SinkCall.Read(body.RootElement, isSend: true, arrived));
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

/// <summary>One connector call: its tenant, its rate-limit key (the channel, the user of a new chat, or the chat) and when.</summary>
internal sealed record SinkCall(string Tenant, string Key, SinkCallKind Kind, long Timestamp)
{
    /// <summary>Reads a create-conversation body (<paramref name="isSend"/> false) or a sent activity.</summary>
    public static SinkCall Read(JsonElement body, bool isSend, long timestamp)
    {
        if (isSend)
        {
            var conversation = body.GetProperty("conversation");
            return new SinkCall(conversation.GetProperty("tenantId").GetString()!, conversation.GetProperty("id").GetString()!, SinkCallKind.Send, timestamp);
        }

        var channel = body.TryGetProperty("channelData", out var data) && data.TryGetProperty("channel", out var c) ? c.GetProperty("id").GetString() : null;
        var member = body.TryGetProperty("members", out var members) && members.GetArrayLength() > 0 ? members[0].GetProperty("id").GetString() : null;
        var tenant = body.TryGetProperty("tenantId", out var t) ? t.GetString() : null;
        return new SinkCall(tenant ?? "?", channel ?? member ?? "?", channel is null ? SinkCallKind.CreateChat : SinkCallKind.CreateThread, timestamp);
    }
}
