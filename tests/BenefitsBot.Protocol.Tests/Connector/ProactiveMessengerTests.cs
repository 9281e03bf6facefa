using BenefitsBot.Protocol.Activities;
using BenefitsBot.Protocol.Connector;
using BenefitsBot.Testing;

namespace BenefitsBot.Protocol.Tests.Connector;

public sealed class ProactiveMessengerTests
{
    private const string Tenant = "tenant-1";
    private const string Team = "19:team@thread.tacv2";
    private const string Channel = "19:renewals@thread.tacv2";

    [Fact]
    public async Task CreatePersonalConversationAsync_User_PostsBotMemberAndTenantAsTeamsDocuments()
    {
        await using var harness = await ConnectorHarness.StartAsync();

        var created = await harness.Messenger.CreatePersonalConversationAsync(harness.Server.ServiceUrl, Tenant, "28:bot", "29:user");

        var request = Assert.Single(harness.Server.Requests);
        Assert.Equal("/_connector/v3/conversations", request.RawTarget);
        var body = request.ReadBody(ActivityJsonContext.Default.ConversationParameters)!;
        Assert.Equal(("28:bot", "29:user", Tenant, false), (body.Bot?.Id, Assert.Single(body.Members!).Id, body.TenantId, body.IsGroup));
        Assert.Equal(Tenant, body.ChannelData!.Value.GetProperty("tenant").GetProperty("id").GetString());
        Assert.Equal(request.TargetConversationId, created.Id);
        Assert.Equal(harness.Server.ServiceUrl.AbsoluteUri, created.ServiceUrl);
    }

    [Fact]
    public async Task CreatePersonalConversationAsync_FromReferenceInTenant_UsesItsServiceUrlTenantAndBot()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        var reference = new ConversationReference("msteams", harness.Server.ServiceUrl.AbsoluteUri, Team, "channel", Tenant, Team, Team, "29:admin", null, "28:bot", "en-US");

        var first = await harness.Messenger.CreatePersonalConversationAsync(reference, "29:user");
        var again = await harness.Messenger.CreatePersonalConversationAsync(reference, "29:user");

        var body = harness.Server.Requests[0].ReadBody(ActivityJsonContext.Default.ConversationParameters)!;
        Assert.Equal(("28:bot", Tenant), (body.Bot?.Id, body.TenantId));
        Assert.Equal(first.Id, again.Id);
    }

    [Fact]
    public async Task CreateChannelThreadAsync_Card_StartsThreadWithMessageIdConversation()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        var nudge = new Activity { Text = "Renewal opens in 7 days" };

        var created = await harness.Messenger.CreateChannelThreadAsync(harness.Server.ServiceUrl, Tenant, Team, Channel, nudge);

        Assert.Equal($"{Channel};messageid={created.ActivityId}", created.Id);
        var body = harness.Server.Requests[0].ReadBody(ActivityJsonContext.Default.ConversationParameters)!;
        var channelData = body.ChannelData!.Value;
        Assert.True(body.IsGroup);
        Assert.Equal((Channel, Team, Tenant), (
            channelData.GetProperty("channel").GetProperty("id").GetString(),
            channelData.GetProperty("team").GetProperty("id").GetString(),
            channelData.GetProperty("tenant").GetProperty("id").GetString()));
        Assert.Equal(("message", "Renewal opens in 7 days"), (body.Activity?.Type, body.Activity?.Text));
        Assert.Equal("Renewal opens in 7 days", (await harness.Server.WaitForActivityAsync(r => r.TargetConversationId == created.Id)).Text);
    }

    [Fact]
    public async Task SendAsync_StoredChannelThreadReference_PostsIntoThatThread()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        var created = await harness.Messenger.CreateChannelThreadAsync(harness.Server.ServiceUrl, Tenant, Team, Channel, new Activity { Text = "ticket" });
        var reference = new ConversationReference("msteams", created.ServiceUrl!, created.Id!, "channel", Tenant, Team, Channel, null, null, "28:bot", null);

        await harness.Messenger.SendAsync(reference, new Activity { Text = "answered" });

        var request = await harness.Server.WaitForRequestAsync(r => r.Operation == ConnectorOperation.SendToConversation);
        Assert.Equal(created.Id, request.ConversationId);
        Assert.Contains("%3Bmessageid%3D", request.RawTarget, StringComparison.Ordinal);
        Assert.Equal(("answered", "28:bot", Tenant), (request.Activity?.Text, request.Activity?.From?.Id, request.Activity?.Conversation?.TenantId));
    }

    [Fact]
    public async Task SendAsync_BotRemovedFromTeam_ThrowsRecipientUnavailable()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        harness.Server.InjectFault(ConnectorFault.BotNotInConversationRoster(), times: int.MaxValue, when: r => r.ConversationId == Channel);
        var reference = new ConversationReference("msteams", harness.Server.ServiceUrl.AbsoluteUri, Channel, "channel", Tenant, Team, Channel, null, null, "28:bot", null);

        var error = await Assert.ThrowsAsync<ConnectorException>(() => harness.Messenger.SendAsync(reference, new Activity { Text = "nudge" }));

        Assert.Equal("BotNotInConversationRoster", error.ErrorCode);
        Assert.True(error.IsRecipientUnavailable);
    }
}
