using BenefitsBot.Graph;

namespace BenefitsBot.Escalation;

/// <summary>
/// Who handles tickets, picks the admins' channel and reads the report: the benefits articles name the Global admin and the
/// MPN partner admin as the roles for benefits ("Appropriate roles"; "check with your Global admin or MPN partner admin").
/// </summary>
public static class EscalationRoles
{
    public static IReadOnlyCollection<AdminRole> Admins { get; } = [AdminRole.GlobalAdministrator, AdminRole.MpnPartnerAdmin];
}
