using BenefitsBot.Graph;
using BenefitsBot.Graph.Sample;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BenefitsBot.Tests.Graph;

/// <summary>When the bot reads the sample directory: switched on, allowed (Development) and no Graph credentials; otherwise Graph.</summary>
public sealed class TenantDirectorySourceTests
{
    [Theory]
    [InlineData(true, null, null, true)]
    [InlineData(true, "bot-app", null, true)]
    [InlineData(true, "bot-app", "secret", false)]
    [InlineData(false, null, null, false)]
    public void AddTenantDirectory_DevelopmentWithSampleSwitch_SampleOnlyWithoutCredentials(bool sample, string? clientId, string? secret, bool expectSample)
    {
        using var services = Build(allowSample: true, ("Graph:SampleDirectory", sample.ToString()), ("MicrosoftAppId", clientId), ("MicrosoftAppPassword", secret));

        Assert.Equal(expectSample, services.GetRequiredService<TenantDirectorySource>().IsSample);
        Assert.Equal(expectSample, services.GetRequiredService<ITenantDirectory>() is SampleTenantDirectory);
    }

    [Fact]
    public void AddTenantDirectory_ManagedIdentity_GraphEvenWithSampleSwitch()
    {
        using var services = Build(allowSample: true, ("Graph:SampleDirectory", "true"), ("Graph:UseManagedIdentity", "true"));

        Assert.IsNotType<SampleTenantDirectory>(services.GetRequiredService<ITenantDirectory>());
    }

    [Fact]
    public void AddTenantDirectory_SampleNotAllowed_GraphEvenWithSampleSwitch()
    {
        using var services = Build(allowSample: false, ("Graph:SampleDirectory", "true"));

        Assert.False(services.GetRequiredService<TenantDirectorySource>().IsSample);
        Assert.IsNotType<SampleTenantDirectory>(services.GetRequiredService<ITenantDirectory>());
    }

    private static ServiceProvider Build(bool allowSample, params (string Key, string? Value)[] settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, s.Value))).Build();
        return new ServiceCollection().AddTenantDirectory(configuration, allowSample).BuildServiceProvider();
    }
}
