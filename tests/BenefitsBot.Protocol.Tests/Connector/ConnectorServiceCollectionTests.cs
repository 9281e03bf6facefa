using BenefitsBot.Protocol.Connector;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BenefitsBot.Protocol.Tests.Connector;

public sealed class ConnectorServiceCollectionTests
{
    private static ConnectorOptions Options(Dictionary<string, string?> values)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        using var services = new ServiceCollection().AddLogging().AddBotConnector(configuration).BuildServiceProvider();
        return services.GetRequiredService<IOptions<ConnectorOptions>>().Value;
    }

    [Fact]
    public void AddBotConnector_NoLimitsConfigured_UsesTeamsPerConversationLimits()
    {
        var options = Options([]);

        Assert.Equal(["7/00:00:01", "8/00:00:02", "60/00:00:30", "1800/01:00:00"], options.EffectiveConversationRateLimits.Select(w => w.ToString()));
        Assert.Equal(["30/00:00:01"], options.EffectiveTenantRateLimits.Select(w => w.ToString()));
    }

    [Fact]
    public void AddBotConnector_ConfiguredLimits_ReplaceTheDefaults()
    {
        var options = Options(new()
        {
            ["Connector:ConversationRateLimits:0:PermitLimit"] = "5",
            ["Connector:ConversationRateLimits:0:Window"] = "00:00:01",
            ["Connector:MaxRetries"] = "6",
        });

        Assert.Equal(["5/00:00:01"], options.EffectiveConversationRateLimits.Select(w => w.ToString()));
        Assert.Equal(6, options.MaxRetries);
    }

    [Fact]
    public void AddBotConnector_NegativeRetries_FailsValidation()
    {
        Assert.Throws<OptionsValidationException>(() => Options(new() { ["Connector:MaxRetries"] = "-1" }));
    }

    [Fact]
    public void AddBotConnector_WithCredentials_ResolvesClientAndMessenger()
    {
        var services = new ServiceCollection().AddLogging().AddBotConnector(new ConfigurationBuilder().Build());
        services.AddSingleton(ConnectorHarness.Anonymous);
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        Assert.IsType<ConnectorClient>(provider.GetRequiredService<IConnectorClient>());
        Assert.IsType<ProactiveMessenger>(provider.GetRequiredService<IProactiveMessenger>());
    }
}
