using BenefitsBot.Testing.Turns;
using BenefitsBot.Tests.Hosting;

namespace BenefitsBot.Tests.Bot;

/// <summary>What the routers refuse before any handler runs: unknown verbs, and tenant or admin actions from a caller without ids.</summary>
public sealed class CardActionRoutingTests(BotApp app) : IClassFixture<BotApp>
{
    [Fact]
    public async Task Invoke_UnknownVerb_400WithUnknownActionMessage()
    {
        var invoke = TeamsActivities.Invoke(app.Harness.ServiceUrl, "adaptiveCard/action", """{"action":{"type":"Action.Execute","verb":"nosuch.verb","data":{}}}""");

        var result = await app.Harness.SendAsync(invoke);

        Assert.Equal(400, result.Status);
        Assert.Contains("not one I know", (string)result.Body!["value"]!["message"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoke_AdminVerbWithoutEntraObjectId_RefusedBeforeTheDialog()
    {
        var invoke = TeamsActivities.Invoke(app.Harness.ServiceUrl, "adaptiveCard/action", """{"action":{"type":"Action.Execute","verb":"setup.start","data":{}}}""");
        invoke.From!.AadObjectId = null;

        var result = await app.Harness.SendAsync(invoke);

        Assert.Equal(400, result.Status);
        Assert.Contains("can't tell which organization", (string)result.Body!["value"]!["message"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_CommandWithoutTenant_ToldPlainlyInsteadOfRun()
    {
        var message = TeamsActivities.PersonalMessage(app.Harness.ServiceUrl, "my benefits");
        message.Conversation!.TenantId = null;
        message.ChannelData = null;

        var reply = await app.Harness.AskAsync(message);

        Assert.Contains("can't tell which organization", reply.Text, StringComparison.Ordinal);
    }
}
