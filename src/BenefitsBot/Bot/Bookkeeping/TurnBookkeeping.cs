using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace BenefitsBot.Bot.Bookkeeping;

/// <summary>
/// Storage work beside a turn's reply (remembering the conversation and the team, the question's outcome) that must never
/// cost the user the answer: it runs after the reply, the turn waits for it at most <see cref="BookkeepingOptions.Wait"/>, and
/// what fails or takes longer goes on in the background, retried with backoff and logged. A storage outage thus degrades to
/// "no bookkeeping", never to "no answer" or an error status for the channel.
/// </summary>
public sealed partial class TurnBookkeeping(IOptions<BookkeepingOptions> options, TimeProvider time, ILogger<TurnBookkeeping> logger) : BackgroundService
{
    private readonly Channel<Pending> retries = Channel.CreateBounded<Pending>(new BoundedChannelOptions(options.Value.MaxQueued) { SingleReader = true });
    private readonly CancellationTokenSource stopping = new();
    private int inFlight;

    /// <summary>Bookkeeping not done yet: running past its turn's wait, or waiting for a retry.</summary>
    public int Outstanding => Volatile.Read(ref inFlight);

    /// <summary>Runs <paramref name="work"/> now and waits for it at most <see cref="BookkeepingOptions.Wait"/>; never throws for its failure.</summary>
    /// <param name="what">What is remembered, for the log, e.g. <c>conversation reference</c> (no user content).</param>
    public async Task RunAsync(string what, Func<CancellationToken, Task> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        Interlocked.Increment(ref inFlight);
        // On the thread pool: SQLite does its I/O and busy waiting synchronously, which must not hold the turn.
        var first = Task.Run(() => AttemptAsync(what, work, 1));
        var settings = options.Value;
        if (await Task.WhenAny(first, Task.Delay(settings.Wait, time, stopping.Token)) == first && await first)
        {
            Interlocked.Decrement(ref inFlight);
            return;
        }

        if (!first.IsCompleted)
        {
            LogSlow(logger, what, settings.Wait.TotalSeconds);
        }

        Schedule(new Pending(what, work, 1, first));
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var stop = stoppingToken.Register(stopping.Cancel);
        await foreach (var pending in retries.Reader.ReadAllAsync(stoppingToken))
        {
            // A piece left running by its turn: wait for that attempt before trying again.
            if (pending.Running is { } running && await running)
            {
                Interlocked.Decrement(ref inFlight);
                continue;
            }

            if (pending.Running is null)
            {
                var wait = pending.Due - time.GetUtcNow();
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, time, stoppingToken);
                }

                if (await AttemptAsync(pending.What, pending.Work, pending.Attempt))
                {
                    Interlocked.Decrement(ref inFlight);
                    LogRecovered(logger, pending.What, pending.Attempt);
                    continue;
                }
            }

            Retry(pending);
        }
    }

    public override void Dispose()
    {
        stopping.Dispose();
        base.Dispose();
    }

    /// <summary>One attempt; false (logged) when it failed.</summary>
    private async Task<bool> AttemptAsync(string what, Func<CancellationToken, Task> work, int attempt)
    {
        try
        {
            await work(stopping.Token);
            return true;
        }
        catch (Exception ex) when (!stopping.IsCancellationRequested)
        {
            LogFailed(logger, what, attempt, options.Value.MaxAttempts, ex);
            return false;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>After a failed attempt: the next one after the backoff, or given up.</summary>
    private void Retry(Pending failed)
    {
        var settings = options.Value;
        if (failed.Attempt >= settings.MaxAttempts || stopping.IsCancellationRequested)
        {
            Interlocked.Decrement(ref inFlight);
            LogGivenUp(logger, failed.What, failed.Attempt);
            return;
        }

        var delay = TimeSpan.FromTicks(Math.Min(settings.MaxRetryDelay.Ticks, settings.RetryDelay.Ticks << Math.Min(failed.Attempt - 1, 20)));
        Schedule(failed with { Attempt = failed.Attempt + 1, Running = null, Due = time.GetUtcNow() + delay });
    }

    private void Schedule(Pending pending)
    {
        if (!retries.Writer.TryWrite(pending))
        {
            Interlocked.Decrement(ref inFlight);
            LogGivenUp(logger, pending.What, pending.Attempt);
        }
    }

    /// <param name="Running">The attempt its turn left running, else null: try again at <paramref name="Due"/>.</param>
    private sealed record Pending(string What, Func<CancellationToken, Task> Work, int Attempt, Task<bool>? Running, DateTimeOffset Due = default);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Bookkeeping ({What}) failed, attempt {Attempt} of {MaxAttempts}; the reply is out, it is retried in the background")]
    private static partial void LogFailed(ILogger logger, string what, int attempt, int maxAttempts, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Bookkeeping ({What}) is still running after {Seconds} s; the turn ends and it goes on in the background")]
    private static partial void LogSlow(ILogger logger, string what, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Bookkeeping ({What}) done at attempt {Attempt}")]
    private static partial void LogRecovered(ILogger logger, string what, int attempt);

    [LoggerMessage(Level = LogLevel.Error, Message = "Bookkeeping ({What}) given up after {Attempt} attempt(s); it is lost")]
    private static partial void LogGivenUp(ILogger logger, string what, int attempt);
}
