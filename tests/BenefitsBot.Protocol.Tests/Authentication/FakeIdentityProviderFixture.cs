using BenefitsBot.Testing;

namespace BenefitsBot.Protocol.Tests.Authentication;

/// <summary>One loopback fake identity provider per test class.</summary>
public sealed class FakeIdentityProviderFixture : IAsyncLifetime
{
    public FakeIdentityProvider Provider { get; private set; } = null!;

    public async Task InitializeAsync() => Provider = await FakeIdentityProvider.StartAsync();

    public async Task DisposeAsync() => await Provider.DisposeAsync();
}
