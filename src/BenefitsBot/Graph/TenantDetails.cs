namespace BenefitsBot.Graph;

/// <summary>The tenant as <c>/organization</c> describes it; shown to admins so they can confirm they redeem into the right tenant.</summary>
public sealed record TenantDetails(string Id, string DisplayName, IReadOnlyList<TenantDomain> VerifiedDomains)
{
    /// <summary>The domain marked default, else the initial *.onmicrosoft.com one, else none.</summary>
    public string? DefaultDomain =>
        (VerifiedDomains.FirstOrDefault(d => d.IsDefault) ?? VerifiedDomains.FirstOrDefault(d => d.IsInitial))?.Name;
}
