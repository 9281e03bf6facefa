using BenefitsBot.Testing;
using static BenefitsBot.Protocol.Tests.Authentication.AuthenticationServices;

namespace BenefitsBot.Protocol.Tests.Authentication;

public sealed class ForgedTokenTests(FakeIdentityProviderFixture fixture) : IClassFixture<FakeIdentityProviderFixture>
{
    private readonly FakeIdentityProvider fake = fixture.Provider;

    [Theory]
    [InlineData(FakeIdentityProviderSignature.None)]
    [InlineData(FakeIdentityProviderSignature.HmacWithPublicKey)]
    public async Task AuthenticateAsync_NonRsaAlgorithm_FailsWithoutFetchingKeys(FakeIdentityProviderSignature signature)
    {
        using var services = Build(fake);
        var token = fake.IssueChannelToken(AppId, ServiceUrl, new FakeIdentityProviderTokenOptions { Signature = signature });
        var keyRequestsBefore = fake.ChannelKeyRequests;

        var result = await services.AuthenticateAsync($"Bearer {token}");

        Assert.Equal("token signing algorithm not allowed", result.FailureReason);
        Assert.Equal(keyRequestsBefore, fake.ChannelKeyRequests);
    }

    [Fact]
    public async Task AuthenticateAsync_KeyThatIsNeverPublished_FailsAfterOneRefreshOnly()
    {
        using var services = Build(fake);
        var keyRequestsBefore = fake.ChannelKeyRequests;
        var forged = fake.IssueChannelToken(AppId, ServiceUrl, new FakeIdentityProviderTokenOptions { Signature = FakeIdentityProviderSignature.UnpublishedKey });

        var first = await services.AuthenticateAsync($"Bearer {forged}");
        var second = await services.AuthenticateAsync($"Bearer {forged}");

        Assert.Equal("unknown signing key", first.FailureReason);
        Assert.Equal("unknown signing key", second.FailureReason);
        Assert.Equal(keyRequestsBefore + 2, fake.ChannelKeyRequests); // first load + one forced refresh, then rate-limited
    }

    [Fact]
    public async Task AuthenticateAsync_PayloadTamperedAfterSigning_FailsSignature()
    {
        using var services = Build(fake);
        var parts = fake.IssueChannelToken("some-other-bot", ServiceUrl).Split('.');
        var honest = fake.IssueChannelToken(AppId, ServiceUrl).Split('.');
        var spliced = $"{parts[0]}.{honest[1]}.{parts[2]}";

        var result = await services.AuthenticateAsync($"Bearer {spliced}");

        Assert.Equal("invalid signature", result.FailureReason);
    }

    [Theory]
    [InlineData("Bearer garbage")]
    [InlineData("Bearer a.b.c")]
    [InlineData("Bearer eyJhbGciOiJSUzI1NiJ9.bm90IGpzb24.c2ln")]
    [InlineData("Bearer ....")]
    public async Task AuthenticateAsync_Garbage_FailsAsMalformedWithoutNetwork(string header)
    {
        using var services = Build(fake);
        var keyRequestsBefore = fake.ChannelKeyRequests;

        var result = await services.AuthenticateAsync(header);

        Assert.Equal("malformed token", result.FailureReason);
        Assert.Equal(keyRequestsBefore, fake.ChannelKeyRequests);
    }
}
