namespace BenefitsBot.Graph;

/// <summary>One verified domain of a tenant.</summary>
public sealed record TenantDomain(string Name, bool IsDefault, bool IsInitial);
