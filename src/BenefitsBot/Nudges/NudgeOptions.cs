namespace BenefitsBot.Nudges;

/// <summary>Nudge planning and sending (configuration section <c>Nudges</c>).</summary>
public sealed class NudgeOptions
{
    public const string SectionName = "Nudges";

    /// <summary>Run the background planner and sender in this instance.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The wait after start-up before the first tick, so a starting instance answers turns first.</summary>
    public TimeSpan FirstTickDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often the background service plans and sends (nudges are daily, so minutes are plenty).</summary>
    public TimeSpan TickInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long a claim holds its rows; longer than a batch takes to send, rate-limit waits included.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Rows claimed at once.</summary>
    public int BatchSize { get; set; } = 200;

    /// <summary>Sends in flight at once; the connector's rate limiter queues them per conversation and tenant.</summary>
    public int SendConcurrency { get; set; } = 128;

    /// <summary>Attempts before a transiently failing nudge is given up.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>The first wait before retrying a nudge whose connector retries all failed; doubles per attempt.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>On shutdown, how long a post already started may take to finish and be recorded.</summary>
    public TimeSpan DrainTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
