using BenefitsBot.Graph;
using BenefitsBot.Localization;

namespace BenefitsBot.Bot.Access;

/// <summary>What the user reads when the gate says no: which roles may do it, in the user's language.</summary>
public static class AccessTexts
{
    public static string Refusal(IReadOnlyCollection<AdminRole> allowedRoles, string language)
    {
        ArgumentNullException.ThrowIfNull(allowedRoles);
        var names = string.Join(BotTexts.Get("RoleOr", language), allowedRoles.Select(r => RoleName(r, language)));
        return BotTexts.Format("AccessRefused", language, names);
    }

    public static string RoleName(AdminRole role, string language) => BotTexts.Get("RoleName_" + role, language);
}
