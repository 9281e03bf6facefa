namespace BenefitsBot.Domain.Rules;

/// <summary>The two kinds of Azure credit benefit.</summary>
public enum AzureCredit
{
    Monthly,
    Bulk,
}
