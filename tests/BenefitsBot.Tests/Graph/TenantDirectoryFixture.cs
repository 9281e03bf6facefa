using BenefitsBot.Graph;
using BenefitsBot.Testing;
using BenefitsBot.Testing.FakeGraph;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BenefitsBot.Tests.Graph;

/// <summary>A fake Graph and a fake Entra token endpoint on loopback, and the real SDK wired by <see cref="TenantDirectoryServiceCollectionExtensions.AddTenantDirectory"/>.</summary>
public sealed class TenantDirectoryFixture : IAsyncLifetime
{
    public const string TenantId = "4f1c2a3b-0d9e-4c8b-a7f6-5e4d3c2b1a09";
    public const string ClientId = "graph-app-id";
    public const string ClientSecret = "graph-app-secret";
    public static readonly Guid E5 = new("06ebc4ee-1bb5-47dd-8120-11324bc54e06");
    public static readonly Guid ActionPackSku = new("b214fe43-f5a3-4703-beeb-fa97188220fc");

    private readonly List<ServiceProvider> providers = [];

    public FakeGraphServer Graph { get; private set; } = null!;

    public FakeIdentityProvider Identity { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Graph = await FakeGraphServer.StartAsync();
        Identity = await FakeIdentityProvider.StartAsync();
        Identity.RegisterClient(ClientId, ClientSecret);
    }

    /// <summary>A tenant directory over the fakes; <paramref name="settings"/> override or add configuration keys.</summary>
    public ITenantDirectory CreateDirectory(params (string Key, string? Value)[] settings) =>
        CreateServices(settings).GetRequiredService<ITenantDirectory>();

    public ServiceProvider CreateServices(params (string Key, string? Value)[] settings)
    {
        var values = new Dictionary<string, string?>
        {
            ["Graph:BaseUrl"] = Graph.BaseUrl.AbsoluteUri,
            ["Graph:ClientId"] = ClientId,
            ["Graph:ClientSecret"] = ClientSecret,
            ["Graph:RetryDelaySeconds"] = "0",
        };
        foreach (var (key, value) in settings)
        {
            values[key] = value;
        }

        var services = new ServiceCollection();
        services.AddTenantDirectory(new ConfigurationBuilder().AddInMemoryCollection(values).Build());

        // Azure.Identity (MSAL) insists on an https authority: send login.microsoftonline.com to the loopback fake.
        services.AddHttpClient(GraphOptions.IdentityHttpClientName).AddHttpMessageHandler(Identity.CreateRedirectHandler);
        var provider = services.BuildServiceProvider();
        lock (providers)
        {
            providers.Add(provider);
        }

        return provider;
    }

    /// <summary>Clears requests and faults and loads the standard tenant: members, a guest, two SKUs, role holders.</summary>
    public void Seed()
    {
        Graph.Reset();
        Graph.Organization = new FakeGraphOrganization(TenantId, "Contoso Partners AB",
        [
            new FakeGraphDomain("contosopartners.onmicrosoft.com", IsInitial: true),
            new FakeGraphDomain("contoso.se", IsDefault: true),
        ]);
        Graph.AddUsers(
            new FakeGraphUser("u-alice", "Alice Andersson", "alice@contoso.se", "alice@contoso.se") { GivenName = "Alice", Surname = "Andersson" },
            new FakeGraphUser("u-alex", "Alex de Vries", "alex@contoso.se", "alex@contoso.se") { GivenName = "Alex", Surname = "de Vries" },
            new FakeGraphUser("u-bob", "Bob Berg", "bob@contoso.se", "bob@contoso.se"),
            FakeGraphUser.Guest("u-guest", "Alva Guest (Fabrikam)", "alva@fabrikam.com"),
            new FakeGraphUser("u-obrien", "O'Brien & Co +#%/?", "obrien@contoso.se"));
        Graph.AddSku(new FakeGraphSku(E5, "ENTERPRISEPREMIUM", EnabledUnits: 25, ConsumedUnits: 20));
        Graph.AddSku(new FakeGraphSku(ActionPackSku, "MPN_ACTION_PACK", EnabledUnits: 5, ConsumedUnits: 5));
        Graph.AssignRole("u-alice", new FakeGraphRole(KnownDirectoryRoles.GlobalAdministrator, "Global Administrator"));
        Graph.AssignRole("u-alice", new FakeGraphRole(new Guid("69091246-20e8-4a56-aa4d-066075b2a7a8"), "Teams Administrator"));
        Graph.AssignRole("u-bob", new FakeGraphRole(KnownDirectoryRoles.BillingAdministrator, "Billing Administrator"));
        Graph.AssignRole("u-bob", new FakeGraphRole(KnownDirectoryRoles.UserAdministrator, "User Administrator"));
    }

    public async Task DisposeAsync()
    {
        foreach (var provider in providers)
        {
            await provider.DisposeAsync();
        }

        await Graph.DisposeAsync();
        await Identity.DisposeAsync();
    }
}
