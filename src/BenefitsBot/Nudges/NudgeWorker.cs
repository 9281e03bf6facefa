using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BenefitsBot.Nudges;

/// <summary>
/// The background loop of each instance: plan, then send, every <see cref="NudgeOptions.TickInterval"/> of the injected
/// clock. One tick after downtime catches up (the planner sends the latest due nudge of each event, not every missed one).
/// </summary>
public sealed partial class NudgeWorker(NudgePlanning planning, NudgeSender sender, IOptions<NudgeOptions> options, TimeProvider time, ILogger<NudgeWorker> logger) : BackgroundService
{
    /// <summary>One plan-and-send pass; returns how many nudges were sent.</summary>
    public async Task<int> TickAsync(CancellationToken stoppingToken)
    {
        await planning.PlanAllAsync(stoppingToken);
        return await sender.SendDueAsync(stoppingToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            // Off in this instance (e.g. a web-only replica); TickAsync still works when called.
            return;
        }

        await Task.Delay(options.Value.FirstTickDelay, time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await TickAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A database or network outage must not end the loop; the next tick tries again.
                LogTickFailed(logger, ex);
            }

            await Task.Delay(options.Value.TickInterval, time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Nudge tick failed; retrying at the next tick")]
    private static partial void LogTickFailed(ILogger logger, Exception exception);
}
