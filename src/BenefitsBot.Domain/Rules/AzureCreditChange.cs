namespace BenefitsBot.Domain.Rules;

/// <summary>What can be done with Azure credit users.</summary>
public enum AzureCreditChange
{
    AddUser,
    RemoveUser,
    Transfer,
}
