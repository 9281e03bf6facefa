using BenefitsBot.Protocol.Activities;

namespace BenefitsBot.Testing;

/// <summary>The request log and the waits tests use to await what the bot sends.</summary>
public sealed partial class FakeConnectorServer
{
    private static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(10);

    private readonly List<RecordedRequest> requests = [];
    private readonly List<Waiter> waiters = [];
    private long sequence;

    /// <summary>Every request so far, faulted ones included, in arrival order (a snapshot).</summary>
    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (gate)
            {
                return [.. requests];
            }
        }
    }

    /// <summary>The first successful request carrying an activity (send, reply, update, channel thread) that matches, already received or still to come.</summary>
    public async Task<Activity> WaitForActivityAsync(Func<RecordedRequest, bool>? match = null, TimeSpan timeout = default)
    {
        var request = await WaitForRequestAsync(r => r.Succeeded && r.Activity is not null && (match?.Invoke(r) ?? true), timeout).ConfigureAwait(false);
        return request.Activity!;
    }

    /// <summary>The first request that matches, already received or still to come; <see cref="TimeoutException"/> when none comes in time (default 10 s).</summary>
    public async Task<RecordedRequest> WaitForRequestAsync(Func<RecordedRequest, bool>? match = null, TimeSpan timeout = default) =>
        (await WaitForRequestsAsync(1, match, timeout).ConfigureAwait(false))[0];

    /// <summary>The first <paramref name="count"/> requests that match, once that many have arrived.</summary>
    public async Task<IReadOnlyList<RecordedRequest>> WaitForRequestsAsync(int count, Func<RecordedRequest, bool>? match = null, TimeSpan timeout = default)
    {
        var waiter = new Waiter(match ?? (_ => true), count);
        lock (gate)
        {
            foreach (var request in requests)
            {
                waiter.Offer(request);
            }

            if (!waiter.Done.Task.IsCompleted)
            {
                waiters.Add(waiter);
            }
        }

        try
        {
            return await waiter.Done.Task.WaitAsync(timeout == default ? DefaultWait : timeout).ConfigureAwait(false);
        }
        catch (TimeoutException ex)
        {
            lock (gate)
            {
                waiters.Remove(waiter);
                throw new TimeoutException($"The fake connector saw {waiter.Matched.Count} of {count} matching request(s) among {requests.Count} in {timeout}.", ex);
            }
        }
    }

    private void Record(RecordedRequest request)
    {
        lock (gate)
        {
            var numbered = request with { Sequence = ++sequence };
            requests.Add(numbered);
            foreach (var waiter in waiters.ToList())
            {
                if (waiter.Offer(numbered))
                {
                    waiters.Remove(waiter);
                }
            }
        }
    }

    private sealed class Waiter(Func<RecordedRequest, bool> match, int count)
    {
        public List<RecordedRequest> Matched { get; } = [];

        public TaskCompletionSource<IReadOnlyList<RecordedRequest>> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>True once the wait is complete.</summary>
        public bool Offer(RecordedRequest request)
        {
            if (Matched.Count < count && match(request))
            {
                Matched.Add(request);
            }

            return Matched.Count >= count && Done.TrySetResult([.. Matched]) || Done.Task.IsCompleted;
        }
    }
}
