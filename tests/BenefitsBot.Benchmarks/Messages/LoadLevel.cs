using System.Diagnostics;

namespace BenefitsBot.Benchmarks.Messages;

/// <summary>Closed-loop load: each conversation sends its next message once the reply to the previous one reached the sink.</summary>
internal static class LoadLevel
{
    private const int MaxTurnsPerConversation = 1_000_000;
    private static readonly TimeSpan TurnTimeout = TimeSpan.FromSeconds(10);

    public static async Task<LevelResult> RunAsync(BotClient client, int pid, int concurrency, MessagesOptions options, string label)
    {
        await RunConversationsAsync(client, concurrency, options.Warmup, $"{label}-warm");
        var memoryReset = PeakMemory.TryReset(pid);
        var started = Stopwatch.GetTimestamp();
        var conversations = await RunConversationsAsync(client, concurrency, options.Duration, $"{label}-run");
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var latencies = conversations.SelectMany(c => c.Latencies).ToList();
        var errors = conversations.Sum(c => c.Errors);
        return LevelResult.From(concurrency, latencies, errors, seconds, memoryReset ? PeakMemory.ReadMegabytes(pid) : null);
    }

    private static Task<Conversation[]> RunConversationsAsync(BotClient client, int concurrency, TimeSpan duration, string prefix)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        return Task.WhenAll(Enumerable.Range(0, concurrency).Select(i => Task.Run(() => ConverseAsync(client, $"{prefix}-{concurrency}-{i}", deadline))));
    }

    private static async Task<Conversation> ConverseAsync(BotClient client, string conversationId, long deadline)
    {
        var conversation = new Conversation();
        for (var turn = 0; turn < MaxTurnsPerConversation && Stopwatch.GetTimestamp() < deadline; turn++)
        {
            if (await client.TurnAsync(conversationId, TurnTimeout) is { } latency)
            {
                conversation.Latencies.Add(latency);
            }
            else
            {
                conversation.Errors++;
            }
        }

        return conversation;
    }

    private sealed class Conversation
    {
        public List<double> Latencies { get; } = [];

        public int Errors { get; set; }
    }
}
