namespace BenefitsBot.Answering;

/// <summary>Builds the retrieval index and the date recognizer in the background at startup, so the first user does not wait for them; a failure is logged, never stops the host.</summary>
public sealed partial class AnsweringWarmUp(IServiceProvider services, ILogger<AnsweringWarmUp> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(
        () =>
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            try
            {
                var answerer = services.GetRequiredService<QuestionAnswerer>();
                answerer.Answer("when can we renew the action pack we bought on 1 september 2020?", "en-US");
                var elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                LogWarm(logger, elapsed);
            }
#pragma warning disable CA1031 // A background warm-up must never stop the host (BackgroundService's default is StopHost).
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogWarmUpFailed(logger, ex);
            }
        },
        stoppingToken);

    [LoggerMessage(Level = LogLevel.Information, Message = "Answering warmed up in {Milliseconds:F0} ms")]
    private static partial void LogWarm(ILogger logger, double milliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Answering warm-up failed; the first question will build the indexes")]
    private static partial void LogWarmUpFailed(ILogger logger, Exception exception);
}
