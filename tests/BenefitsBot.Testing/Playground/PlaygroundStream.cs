using System.Net.WebSockets;
using System.Text.Json;

namespace BenefitsBot.Testing.Playground;

/// <summary>
/// Reads the Playground's conversation WebSocket (<c>/_ws_conversation/v1/conversations/stream</c>) in the background and keeps
/// every envelope (<c>{"action","actionConversationId","message"}</c>) until a waiter takes it.
/// </summary>
internal sealed class PlaygroundStream : IAsyncDisposable
{
    private readonly ClientWebSocket socket = new();
    private readonly CancellationTokenSource stopping = new();
    private readonly List<JsonElement> inbox = [];
    private TaskCompletionSource arrived = NewSignal();
    private Exception? failure;
    private Task reading = Task.CompletedTask;

    public static async Task<PlaygroundStream> ConnectAsync(Uri baseAddress, CancellationToken cancellationToken)
    {
        var stream = new PlaygroundStream();
        var uri = new UriBuilder(baseAddress) { Scheme = "ws", Path = "/_ws_conversation/v1/conversations/stream" }.Uri;
        await stream.socket.ConnectAsync(uri, cancellationToken);
        stream.reading = Task.Run(stream.ReadLoopAsync, CancellationToken.None);
        return stream;
    }

    /// <summary>Takes the first unread envelope that <paramref name="match"/> accepts; others stay for later waits.</summary>
    public async Task<JsonElement> TakeAsync(Func<JsonElement, bool> match, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        while (true)
        {
            Task signal;
            lock (inbox)
            {
                var index = inbox.FindIndex(envelope => match(envelope));
                if (index >= 0)
                {
                    var found = inbox[index];
                    inbox.RemoveAt(index);
                    return found;
                }

                if (failure is not null)
                {
                    throw new InvalidOperationException("The Playground WebSocket stopped.", failure);
                }

                signal = arrived.Task;
            }

            try
            {
                await signal.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException($"No matching bot message within {timeout}. Unread: [{string.Join(", ", Unread())}]");
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        try
        {
            await reading;
        }
        catch (OperationCanceledException)
        {
            // Expected: the read loop ends by cancellation.
        }

        socket.Dispose();
        stopping.Dispose();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private List<string> Unread()
    {
        lock (inbox)
        {
            return inbox.Select(envelope => envelope.GetRawText()).ToList();
        }
    }

    private async Task ReadLoopAsync()
    {
        var buffer = new byte[16 * 1024];
        using var message = new MemoryStream();
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var result = await socket.ReceiveAsync(buffer, stopping.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    throw new WebSocketException("The Playground closed the conversation stream.");
                }

                message.Write(buffer, 0, result.Count);
                if (result.EndOfMessage)
                {
                    using var document = JsonDocument.Parse(message.ToArray());
                    Publish(document.RootElement.Clone());
                    message.SetLength(0);
                }
            }
        }
        catch (Exception error) when (error is WebSocketException or JsonException)
        {
            Fail(error);
        }
    }

    private void Publish(JsonElement envelope)
    {
        lock (inbox)
        {
            inbox.Add(envelope);
            arrived.TrySetResult();
            arrived = NewSignal();
        }
    }

    private void Fail(Exception error)
    {
        lock (inbox)
        {
            failure = error;
            arrived.TrySetResult();
        }
    }
}
