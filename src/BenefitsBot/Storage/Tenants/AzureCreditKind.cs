namespace BenefitsBot.Storage.Tenants;

public enum AzureCreditKind
{
    Monthly,
    Bulk,
}
