using BenefitsBot.Protocol.Authentication;
using Microsoft.Extensions.Configuration;

namespace BenefitsBot.Protocol.Tests.Authentication;

public sealed class BotAuthenticationOptionsBinderTests
{
    [Theory]
    [InlineData(null, BotAppType.MultiTenant)]
    [InlineData("", BotAppType.MultiTenant)]
    [InlineData("nonsense", BotAppType.MultiTenant)]
    [InlineData("1", BotAppType.MultiTenant)]
    [InlineData("singletenant", BotAppType.SingleTenant)]
    [InlineData(" UserAssignedMSI ", BotAppType.UserAssignedMsi)]
    [InlineData("MultiTenant", BotAppType.MultiTenant)]
    public void ParseAppType_AnyValue_FallsBackToMultiTenant(string? value, BotAppType expected) =>
        Assert.Equal(expected, BotAuthenticationOptionsBinder.ParseAppType(value));

    [Fact]
    public void Bind_RootKeys_FillOptionsAndKeepDefaults()
    {
        var options = Bind(new()
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppId"] = "app",
            ["MicrosoftAppPassword"] = "pw",
            ["MicrosoftAppTenantId"] = "tenant",
            ["RequireHttpsMetadata"] = "false",
            ["AllowAnonymous"] = "true",
        });

        Assert.Equal(BotAppType.SingleTenant, options.MicrosoftAppType);
        Assert.Equal(("app", "pw", "tenant"), (options.MicrosoftAppId, options.MicrosoftAppPassword, options.MicrosoftAppTenantId));
        Assert.False(options.RequireHttpsMetadata);
        Assert.False(options.AllowAnonymous); // only the host may switch anonymous mode on
        Assert.Equal(BotAuthenticationConstants.ChannelOpenIdMetadataUrl, options.ToBotFromChannelOpenIdMetadataUrl);
        Assert.Equal("https://login.microsoftonline.com/tenant", options.TokenAuthority);
        Assert.Equal("https://login.microsoftonline.com/tenant/v2.0/.well-known/openid-configuration", options.EntraOpenIdMetadataUrl);
        Assert.Equal("https://api.botframework.com/.default", options.TokenScope);
    }

    [Fact]
    public void Bind_MultiTenant_UsesBotFrameworkAuthorityAndCommonMetadata()
    {
        var options = Bind(new() { ["MicrosoftAppId"] = "app", ["MicrosoftAppTenantId"] = "ignored" });

        Assert.Equal("https://login.microsoftonline.com/botframework.com", options.TokenAuthority);
        Assert.False(options.AcceptsEntraTokens);
    }

    [Fact]
    public void Bind_ExtraServiceHosts_AreAddedToTheDefaults()
    {
        var options = Bind(new() { ["AllowedServiceHosts:0"] = "127.0.0.1", ["AllowedServiceHosts:1"] = "localhost" });
        var fromEnvironmentStyle = Bind(new() { ["AllowedServiceHosts"] = "127.0.0.1; localhost" });

        Assert.Equal([.. BotAuthenticationConstants.DefaultServiceHosts, "127.0.0.1", "localhost"], options.AllowedServiceHosts);
        Assert.Equal(options.AllowedServiceHosts, fromEnvironmentStyle.AllowedServiceHosts);
    }

    private static BotAuthenticationOptions Bind(Dictionary<string, string?> values)
    {
        var options = new BotAuthenticationOptions();
        BotAuthenticationOptionsBinder.Bind(new ConfigurationBuilder().AddInMemoryCollection(values).Build(), options);
        return options;
    }
}
