namespace BenefitsBot.Testing;

/// <summary>One client-credentials request the fake token endpoint saw.</summary>
public sealed record FakeIdentityProviderTokenRequest(string Tenant, string? ClientId, string? Scope, string? GrantType, int StatusCode);
