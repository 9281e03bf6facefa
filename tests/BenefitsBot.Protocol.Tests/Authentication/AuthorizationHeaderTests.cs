using BenefitsBot.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using static BenefitsBot.Protocol.Tests.Authentication.AuthenticationServices;

namespace BenefitsBot.Protocol.Tests.Authentication;

public sealed class AuthorizationHeaderTests(FakeIdentityProviderFixture fixture) : IClassFixture<FakeIdentityProviderFixture>
{
    private static readonly Dictionary<string, string?> NoAppId = new() { ["MicrosoftAppId"] = null, ["MicrosoftAppPassword"] = null };

    private readonly FakeIdentityProvider fake = fixture.Provider;

    [Theory]
    [InlineData("bearer {0}")]
    [InlineData("BEARER {0}")]
    [InlineData("Bearer  {0}")]
    [InlineData("Bearer {0} extra")]
    [InlineData("Basic {0}")]
    [InlineData("{0}")]
    [InlineData("Bearer ")]
    public async Task AuthenticateAsync_HeaderNotExactlyBearerSpaceToken_Fails(string format)
    {
        using var services = Build(fake);
        var header = string.Format(System.Globalization.CultureInfo.InvariantCulture, format, fake.IssueChannelToken(AppId, ServiceUrl));

        var result = await services.AuthenticateAsync(header);

        Assert.Equal("the Authorization scheme must be 'Bearer <token>'", result.FailureReason);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public async Task AuthenticateAsync_NoHeaderWithAppId_Fails(string? header)
    {
        using var services = Build(fake, configure: options => options.AllowAnonymous = true);

        var result = await services.AuthenticateAsync(header);

        Assert.Equal("no Authorization header", result.FailureReason);
    }

    [Fact]
    public async Task AuthenticateAsync_NoHeaderNoAppIdAnonymousAllowed_IsAnonymous()
    {
        using var services = Build(fake, NoAppId, options => options.AllowAnonymous = true);

        var result = await services.AuthenticateAsync(null);

        Assert.True(result.Succeeded);
        Assert.True(result.IsAnonymous);
        Assert.Equal("anonymous", result.Identity.AuthenticationType);
        Assert.Empty(result.Identity.Claims);
    }

    [Fact]
    public async Task AuthenticateAsync_TokenSentButNoAppId_Fails()
    {
        using var services = Build(fake, NoAppId, options => options.AllowAnonymous = true);

        var result = await services.AuthenticateAsync($"Bearer {fake.IssueChannelToken(AppId, ServiceUrl)}");

        Assert.False(result.Succeeded);
        Assert.False(result.IsAnonymous);
    }

    [Fact]
    public void Resolve_NoAppIdAnonymousNotAllowed_RefusesToStart()
    {
        using var services = Build(fake, NoAppId);

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<BenefitsBot.Protocol.Authentication.BotRequestAuthenticator>());

        Assert.Contains("MicrosoftAppId is required", error.Message, StringComparison.Ordinal);
    }
}
