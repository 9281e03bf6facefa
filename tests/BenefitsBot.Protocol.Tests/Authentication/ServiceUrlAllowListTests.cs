using BenefitsBot.Protocol.Authentication;
using Microsoft.Extensions.Options;

namespace BenefitsBot.Protocol.Tests.Authentication;

public sealed class ServiceUrlAllowListTests
{
    [Theory]
    [InlineData("https://smba.trafficmanager.net/teams/", true)]
    [InlineData("https://smba.trafficmanager.net/amer/", true)]
    [InlineData("https://SMBA.TrafficManager.net/emea/", true)]
    [InlineData("https://smba.infra.gcc.teams.microsoft.com/gcc/", true)]
    [InlineData("https://europe.webchat.botframework.com/", true)]
    [InlineData("https://botframework.com/", true)]
    [InlineData("http://smba.trafficmanager.net/teams/", false)]
    [InlineData("https://evilbotframework.com/", false)]
    [InlineData("https://smba.trafficmanager.net.evil.example/", false)]
    [InlineData("https://evil.example/smba.trafficmanager.net/", false)]
    [InlineData("http://127.0.0.1:56150/_connector", false)]
    [InlineData("http://localhost:56150/_connector", false)]
    public void IsAllowed_DefaultHosts_SuffixMatchOverHttps(string url, bool expected) =>
        Assert.Equal(expected, AllowList().IsAllowed(new Uri(url)));

    [Theory]
    [InlineData("http://127.0.0.1:56150/_connector", true)]
    [InlineData("http://localhost:3979/", true)]
    [InlineData("https://localhost:3979/", true)]
    [InlineData("http://10.0.0.5/", false)]
    public void IsAllowed_ExplicitLoopbackHosts_AllowPlainHttpOnLoopback(string url, bool expected) =>
        Assert.Equal(expected, AllowList("127.0.0.1", "localhost", "10.0.0.5").IsAllowed(new Uri(url)));

    [Theory]
    [InlineData("https://smba.trafficmanager.net/teams/", true)]
    [InlineData("/teams/", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsAllowed_ServiceUrlString_MustBeAbsoluteAndAllowed(string? url, bool expected) =>
        Assert.Equal(expected, AllowList().IsAllowed(url));

    private static ServiceUrlAllowList AllowList(params string[] extraHosts)
    {
        var options = new BotAuthenticationOptions();
        foreach (var host in extraHosts)
        {
            options.AllowedServiceHosts.Add(host);
        }

        return new ServiceUrlAllowList(Options.Create(options));
    }
}
