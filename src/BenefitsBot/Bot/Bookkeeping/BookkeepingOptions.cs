namespace BenefitsBot.Bot.Bookkeeping;

/// <summary>
/// What the bot remembers beside an answer (the conversation, the team, the question's outcome): configuration section
/// <c>Storage:Bookkeeping</c>.
/// </summary>
public sealed class BookkeepingOptions
{
    public const string SectionName = "Storage:Bookkeeping";

    /// <summary>How long a turn waits, after its reply is out, for its bookkeeping before leaving it to the background.</summary>
    public TimeSpan Wait { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The wait before the first retry of failed bookkeeping; it doubles with each failure up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Attempts in all (the turn's own included) before a piece of bookkeeping is given up and logged as lost.</summary>
    public int MaxAttempts { get; set; } = 10;

    /// <summary>Pieces waiting for a retry at most; past that new failures are logged as lost (a long outage must not fill memory).</summary>
    public int MaxQueued { get; set; } = 10_000;
}
