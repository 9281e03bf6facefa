namespace BenefitsBot.Testing;

/// <summary>
/// The system clock moved by an offset tests control (Microsoft.Extensions.TimeProvider.Testing is not on this registry).
/// Timers stay real, so connector retries and Retry-After waits still elapse; only "now" and "today" move.
/// </summary>
public sealed class ShiftedClock : TimeProvider
{
    private long offsetTicks;

    public ShiftedClock(DateTimeOffset now) => SetUtcNow(now);

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow().AddTicks(Interlocked.Read(ref offsetTicks));

    public void SetUtcNow(DateTimeOffset now) => Interlocked.Exchange(ref offsetTicks, (now - System.GetUtcNow()).Ticks);

    /// <summary>Noon UTC of <paramref name="day"/>: far from midnight, so "today" cannot roll over during a test.</summary>
    public void SetToday(DateOnly day) => SetUtcNow(new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero));

    public void Advance(TimeSpan by) => Interlocked.Add(ref offsetTicks, by.Ticks);
}
