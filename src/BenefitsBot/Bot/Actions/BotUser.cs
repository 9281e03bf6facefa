using BenefitsBot.Localization;
using BenefitsBot.Protocol.Activities;

namespace BenefitsBot.Bot.Actions;

/// <summary>The authenticated caller of a turn: the activity's tenant, the user's Entra object id, UI language and local today.</summary>
/// <param name="TenantId">The tenant of the authenticated activity; empty when the channel sent none.</param>
/// <param name="ObjectId">The user's Entra object id (<c>aadObjectId</c>); empty when the channel sent none.</param>
public sealed record BotUser(string TenantId, string ObjectId, string? Name, string Language, DateOnly Today)
{
    /// <summary>Both ids are known: tenant data and admin actions need them.</summary>
    public bool IsIdentified => TenantId.Length > 0 && ObjectId.Length > 0;

    public static BotUser From(Activity activity, string language, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return new BotUser(
            activity.TenantId ?? string.Empty,
            activity.From?.EntraObjectId ?? string.Empty,
            activity.From?.Name,
            language,
            UserClock.Today(activity, time));
    }

    /// <summary>The user as seen from the activity's locale.</summary>
    public static BotUser From(Activity activity, TimeProvider time) =>
        From(activity, UserLanguage.FromLocale(activity?.UserLocale), time);
}
