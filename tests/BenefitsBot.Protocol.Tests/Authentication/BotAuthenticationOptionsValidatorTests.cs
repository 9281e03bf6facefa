using BenefitsBot.Protocol.Authentication;

namespace BenefitsBot.Protocol.Tests.Authentication;

public sealed class BotAuthenticationOptionsValidatorTests
{
    private const string AppId = "0b5f3c9e-8d2a-4c1e-9a37-6f1d2e4b8c70";
    private const string Tenant = "7c2e9f41-3b6d-4a58-b1c0-d94e8a2f5e63";

    [Theory]
    [InlineData(BotAppType.MultiTenant, AppId, "pw", null)]
    [InlineData(BotAppType.MultiTenant, AppId, "pw", Tenant)]
    [InlineData(BotAppType.SingleTenant, AppId, "pw", Tenant)]
    [InlineData(BotAppType.UserAssignedMsi, AppId, null, Tenant)]
    public void Validate_CompleteCredentials_Succeeds(BotAppType type, string? appId, string? password, string? tenant)
    {
        var result = Validate(new() { MicrosoftAppType = type, MicrosoftAppId = appId, MicrosoftAppPassword = password, MicrosoftAppTenantId = tenant });

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Theory]
    [InlineData(BotAppType.SingleTenant, AppId, "pw", null, "MicrosoftAppTenantId is required for SingleTenant in configuration.")]
    [InlineData(BotAppType.SingleTenant, AppId, null, Tenant, "MicrosoftAppPassword is required for SingleTenant in configuration.")]
    [InlineData(BotAppType.SingleTenant, null, "pw", Tenant, "MicrosoftAppId is required for SingleTenant in configuration.")]
    [InlineData(BotAppType.UserAssignedMsi, AppId, null, null, "MicrosoftAppTenantId is required for UserAssignedMsi in configuration.")]
    [InlineData(BotAppType.UserAssignedMsi, null, null, Tenant, "MicrosoftAppId is required for UserAssignedMsi in configuration.")]
    [InlineData(BotAppType.UserAssignedMsi, AppId, "pw", Tenant, "MicrosoftAppPassword must not be set for UserAssignedMsi: a managed identity has no secret.")]
    [InlineData(BotAppType.MultiTenant, AppId, null, null, "MicrosoftAppPassword is required for MultiTenant in configuration.")]
    [InlineData(BotAppType.MultiTenant, null, "pw", null, "MicrosoftAppPassword is set but MicrosoftAppId is not.")]
    public void Validate_MissingOrExtraCredential_SaysWhich(BotAppType type, string? appId, string? password, string? tenant, string expected)
    {
        var result = Validate(new()
        {
            MicrosoftAppType = type, MicrosoftAppId = appId, MicrosoftAppPassword = password, MicrosoftAppTenantId = tenant, AllowAnonymous = true,
        });

        Assert.True(result.Failed);
        Assert.Contains(expected, result.Failures);
    }

    [Fact]
    public void Validate_NoAppIdOutsideDevelopment_FailsWithHowToFix()
    {
        var result = Validate(new());

        Assert.True(result.Failed);
        Assert.Contains(result.Failures, failure => failure.StartsWith("MicrosoftAppId is required", StringComparison.Ordinal)
            && failure.Contains("only in Development", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_NoAppIdAnonymousAllowed_Succeeds()
    {
        var result = Validate(new() { AllowAnonymous = true });

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Theory]
    [InlineData("http://login.botframework.com/v1/.well-known/openidconfiguration", true, "ToBotFromChannelOpenIdMetadataUrl must use https (RequireHttpsMetadata is on).")]
    [InlineData("not a url", false, "ToBotFromChannelOpenIdMetadataUrl must be an absolute URL.")]
    public void Validate_BadMetadataUrl_SaysWhich(string url, bool requireHttps, string expected)
    {
        var result = Validate(new()
        {
            MicrosoftAppId = AppId, MicrosoftAppPassword = "pw", ToBotFromChannelOpenIdMetadataUrl = url, RequireHttpsMetadata = requireHttps,
        });

        Assert.Contains(expected, result.Failures ?? []);
    }

    private static Microsoft.Extensions.Options.ValidateOptionsResult Validate(BotAuthenticationOptions options) =>
        new BotAuthenticationOptionsValidator().Validate(null, options);
}
