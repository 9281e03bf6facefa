using System.Net;
using BenefitsBot.Protocol.Activities;
using BenefitsBot.Protocol.Connector;

namespace BenefitsBot.Protocol.Tests.Connector;

public sealed class ConnectorClientMembersTests
{
    private const string ChannelId = "19:general@thread.tacv2";

    private static ChannelAccount[] Members(int count) =>
        [.. Enumerable.Range(1, count).Select(i => new ChannelAccount { Id = $"29:user-{i}", Name = $"User {i}", ObjectId = $"oid-{i}" })];

    [Fact]
    public async Task GetConversationMembersAsync_TeamsObjectIdField_ReadsAsEntraObjectId()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        harness.Server.SetMembers(ChannelId, Members(2));

        var members = await harness.Client.GetConversationMembersAsync(harness.Server.ServiceUrl, ChannelId);

        Assert.Equal(["oid-1", "oid-2"], members.Select(m => m.EntraObjectId));
        Assert.Equal("/_connector/v3/conversations/19%3Ageneral%40thread.tacv2/members", harness.Server.Requests[0].RawTarget);
    }

    [Fact]
    public async Task GetConversationPagedMembersAsync_FollowingTokens_ReturnsEveryMemberOnce()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        harness.Server.SetMembers(ChannelId, Members(5));
        var seen = new List<string>();
        string? token = null;
        do
        {
            var page = await harness.Client.GetConversationPagedMembersAsync(harness.Server.ServiceUrl, ChannelId, pageSize: 2, continuationToken: token);
            seen.AddRange(page.Members!.Select(m => m.Id!));
            token = page.ContinuationToken;
        }
        while (token is not null);

        Assert.Equal(Members(5).Select(m => m.Id), seen);
        Assert.Equal(3, harness.Server.Requests.Count);
        Assert.EndsWith("/pagedmembers?pageSize=2&continuationToken=2", harness.Server.Requests[1].RawTarget, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetConversationMemberAsync_KnownMember_EscapesMemberId()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        harness.Server.SetMembers(ChannelId, Members(3));

        var member = await harness.Client.GetConversationMemberAsync(harness.Server.ServiceUrl, ChannelId, "29:user-2");

        Assert.Equal("User 2", member.Name);
        Assert.EndsWith("/members/29%3Auser-2", harness.Server.Requests[0].RawTarget, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetConversationMemberAsync_UnknownMember_ThrowsNotFoundWithCodeAndNoRetry()
    {
        await using var harness = await ConnectorHarness.StartAsync();

        var error = await Assert.ThrowsAsync<ConnectorException>(() => harness.Client.GetConversationMemberAsync(harness.Server.ServiceUrl, ChannelId, "29:nobody"));

        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
        Assert.Equal("MemberNotFoundInConversation", error.ErrorCode);
        Assert.Single(harness.Server.Requests);
    }

    [Fact]
    public async Task GetTeamDetailsAndChannels_KnownTeam_ReadsNameGroupAndChannels()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        harness.Server.AddTeam(
            new TeamDetails { Id = ChannelId, Name = "Partners", AadGroupId = "group-1" },
            new ChannelInfo { Id = ChannelId },
            new ChannelInfo { Id = "19:renewals@thread.tacv2", Name = "Renewals" });

        var team = await harness.Client.GetTeamDetailsAsync(harness.Server.ServiceUrl, ChannelId);
        var channels = await harness.Client.GetTeamChannelsAsync(harness.Server.ServiceUrl, ChannelId);

        Assert.Equal(("Partners", "group-1"), (team.Name, team.AadGroupId));
        Assert.Equal([null, "Renewals"], channels.Conversations!.Select(c => c.Name));
        Assert.Equal("/_connector/v3/teams/19%3Ageneral%40thread.tacv2/conversations", harness.Server.Requests[1].RawTarget);
    }
}
