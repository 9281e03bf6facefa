namespace BenefitsBot.Domain.Rules;

/// <summary>Partner Center roles the articles mention.</summary>
public enum PartnerRole
{
    GlobalAdmin,
    MpnPartnerAdmin,
    AccountAdmin,
    UserManagementAdmin,
    AdminAgent,
    User,
}
