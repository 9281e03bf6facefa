using BenefitsBot.Graph;

namespace BenefitsBot.Bot.Dialogs.Assignment;

/// <summary>
/// License assignment in the directory: the articles name the Global admin and the User management admin (Entra's User
/// Administrator, which may assign licenses) for managing users and their licenses.
/// </summary>
public static class AssignmentRoles
{
    public static IReadOnlyCollection<AdminRole> AssignLicenses { get; } = [AdminRole.GlobalAdministrator, AdminRole.UserAdministrator];
}
