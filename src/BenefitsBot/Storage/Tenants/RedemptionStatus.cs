namespace BenefitsBot.Storage.Tenants;

public enum RedemptionStatus
{
    Completed,
    Cancelled,
    Refunded,
}
