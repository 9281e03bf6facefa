namespace BenefitsBot.Graph;

/// <summary>Which directory <see cref="ITenantDirectory"/> reads: a tenant's own through Microsoft Graph, or the built-in sample.</summary>
public sealed record TenantDirectorySource(bool IsSample);
