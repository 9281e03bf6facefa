namespace BenefitsBot.Storage.Audit;

/// <summary>The instant as both databases keep it: UTC, whole microseconds (PostgreSQL's timestamptz precision).</summary>
internal static class AuditTime
{
    /// <summary>Fixed-width UTC text, so SQLite's string comparison orders instants correctly.</summary>
    public const string SqliteFormat = "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'ffffff'Z'";

    public static DateTimeOffset ToStoredPrecision(DateTimeOffset at)
    {
        var utc = at.ToUniversalTime();
        return utc.AddTicks(-(utc.Ticks % (TimeSpan.TicksPerMillisecond / 1000)));
    }
}
