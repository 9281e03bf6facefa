using BenefitsBot.Protocol.Authentication;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace BenefitsBot.Protocol.Tests.Authentication;

public sealed class BotAuthenticationStartupTests
{
    [Fact]
    public async Task StartAsync_ProductionWithoutAppId_RefusesToStartWithTheReason()
    {
        using var host = BuildHost(allowAnonymous: false);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("MicrosoftAppId is required", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_DevelopmentWithoutAppId_StartsAnonymous()
    {
        using var host = BuildHost(allowAnonymous: true);

        await host.StartAsync();
        var token = await host.Services.GetRequiredService<IBotTokenProvider>().GetTokenAsync(CancellationToken.None);
        await host.StopAsync();

        Assert.Null(token);
    }

    private static IHost BuildHost(bool allowAnonymous)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddBotAuthentication(new ConfigurationBuilder().Build(), options => options.AllowAnonymous = allowAnonymous);
        return builder.Build();
    }
}
