using BenefitsBot.Protocol.Activities;

namespace BenefitsBot.Protocol.Tests.Connector;

public sealed class ConnectorClientActivitiesTests
{
    private const string ThreadId = "19:abc@thread.tacv2;messageid=17";

    [Fact]
    public async Task SendToConversationAsync_IdWithColonAtAndSemicolon_EscapesPathAndPostsActivity()
    {
        await using var harness = await ConnectorHarness.StartAsync();

        var response = await harness.Client.SendToConversationAsync(harness.Message(ThreadId, "hello"));

        var request = Assert.Single(harness.Server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/_connector/v3/conversations/19%3Aabc%40thread.tacv2%3Bmessageid%3D17/activities", request.RawTarget);
        Assert.Equal(ThreadId, request.ConversationId);
        Assert.Equal("hello", request.Activity?.Text);
        Assert.StartsWith("application/json", request.Headers["Content-Type"], StringComparison.Ordinal);
        Assert.Equal(request.AssignedActivityId, response.Id);
    }

    [Fact]
    public async Task SendToConversationAsync_ServiceUrlWithTrailingSlash_KeepsItsPath()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        var activity = harness.Message("a:1", "hi");
        activity.ServiceUrl = harness.Server.ServiceUrl.AbsoluteUri + "/";

        await harness.Client.SendToConversationAsync(activity);

        Assert.Equal("/_connector/v3/conversations/a%3A1/activities", Assert.Single(harness.Server.Requests).RawTarget);
    }

    [Fact]
    public async Task ReplyToActivityAsync_ReplyToId_PostsUnderTheRepliedActivity()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        var reply = harness.Message(ThreadId, "answer");
        reply.ReplyToId = "1:5";

        var response = await harness.Client.ReplyToActivityAsync(reply);

        var request = Assert.Single(harness.Server.Requests);
        Assert.Equal("/_connector/v3/conversations/19%3Aabc%40thread.tacv2%3Bmessageid%3D17/activities/1%3A5", request.RawTarget);
        Assert.Equal("1:5", request.Activity?.ReplyToId);
        Assert.Equal(request.AssignedActivityId, response.Id);
    }

    [Fact]
    public async Task UpdateActivityAsync_SentActivity_PutsAndReplacesIt()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        var sent = await harness.Client.SendToConversationAsync(harness.Message("a:1", "before"));
        var update = harness.Message("a:1", "after");
        update.Id = sent.Id;

        var response = await harness.Client.UpdateActivityAsync(update);

        var request = harness.Server.Requests[^1];
        Assert.Equal("PUT", request.Method);
        Assert.Equal($"v3/conversations/a:1/activities/{sent.Id}", request.Path);
        Assert.Equal(sent.Id, response.Id);
        Assert.Equal("after", Assert.Single(harness.Server.GetActivities("a:1")).Text);
    }

    [Fact]
    public async Task DeleteActivityAsync_SentActivity_RemovesIt()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        var sent = await harness.Client.SendToConversationAsync(harness.Message("a:1", "gone soon"));

        await harness.Client.DeleteActivityAsync(harness.Server.ServiceUrl, "a:1", sent.Id!);

        Assert.Equal("DELETE", harness.Server.Requests[^1].Method);
        Assert.Empty(harness.Server.GetActivities("a:1"));
    }

    [Fact]
    public async Task SendToConversationAsync_NoConversationId_ThrowsBeforeSending()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        var activity = harness.Message("a:1", "x");
        activity.Conversation = new ConversationAccount();

        await Assert.ThrowsAsync<ArgumentException>(() => harness.Client.SendToConversationAsync(activity));
        Assert.Empty(harness.Server.Requests);
    }
}
