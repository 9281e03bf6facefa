using BenefitsBot.Protocol.Activities;

namespace BenefitsBot.Bot;

/// <summary>"Today" as the user sees it: relative dates ("yesterday", "i tisdags") and days-left follow the user's calendar day, not the server's.</summary>
public static class UserClock
{
    public static DateOnly Today(Activity activity, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(time);
        if (activity.LocalTimestamp is { } local)
        {
            return DateOnly.FromDateTime(local.DateTime);
        }

        if (activity.UserTimeZone is { Length: > 0 } zoneId && TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var zone))
        {
            return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone).DateTime);
        }

        return DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
    }
}
