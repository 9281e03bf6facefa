using BenefitsBot.Graph;

namespace BenefitsBot.Bot.Dialogs.Users;

/// <summary>Who may look people up in the directory: the admins of the dialogs that pick users (assign licenses, benefits, credit).</summary>
public static class UserDirectoryRoles
{
    public const string SearchAction = "users.search";

    public static IReadOnlyCollection<AdminRole> MaySearch { get; } =
        [AdminRole.GlobalAdministrator, AdminRole.UserAdministrator, AdminRole.MpnPartnerAdmin];
}
