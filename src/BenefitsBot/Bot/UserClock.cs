using BenefitsBot.Protocol.Activities;

namespace BenefitsBot.Bot;

/// <summary>"Today" as the user sees it: relative dates ("yesterday", "i tisdags") and days-left follow the user's calendar day, not the server's.</summary>
public static class UserClock
{
    /// <summary>No client clock reads earlier than this: the articles' rules start in the 2000s.</summary>
    private static readonly DateTimeOffset Earliest = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>A client clock ahead of the server's by more than this (a day plus the widest UTC offset) is wrong.</summary>
    private static readonly TimeSpan MaxAhead = TimeSpan.FromHours(38);

    public static DateOnly Today(Activity activity, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(time);
        if (activity.LocalTimestamp is { } local && Plausible(local, time.GetUtcNow()))
        {
            return DateOnly.FromDateTime(local.DateTime);
        }

        if (activity.UserTimeZone is { Length: > 0 } zoneId && TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var zone))
        {
            return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone).DateTime);
        }

        return DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
    }

    /// <summary>
    /// A client's <c>localTimestamp</c> is client data: one from year 0001 or far in the future would give "739889 days left".
    /// Such a clock is ignored (the time zone or the server's day is used). Earlier, plausible clocks are kept.
    /// </summary>
    private static bool Plausible(DateTimeOffset local, DateTimeOffset now) => local >= Earliest && local - now <= MaxAhead;
}
