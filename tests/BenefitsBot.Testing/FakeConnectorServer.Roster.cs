using System.Globalization;
using System.Text.Json;
using BenefitsBot.Protocol.Activities;
using BenefitsBot.Protocol.Connector;
using Microsoft.AspNetCore.Http;

namespace BenefitsBot.Testing;

/// <summary>Members of conversations and the teams the bot is in.</summary>
public sealed partial class FakeConnectorServer
{
    private readonly Dictionary<string, List<ChannelAccount>> membersByConversation = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (TeamDetails Details, List<ChannelInfo> Channels)> teams = new(StringComparer.Ordinal);

    /// <summary>The members a conversation reports (any conversation without its own list reports none).</summary>
    public void SetMembers(string conversationId, params ChannelAccount[] members)
    {
        lock (gate)
        {
            membersByConversation[conversationId] = [.. members];
        }
    }

    /// <summary>A team the connector knows, with its channels (the General channel has the team id and no name).</summary>
    public void AddTeam(TeamDetails team, params ChannelInfo[] channels)
    {
        ArgumentNullException.ThrowIfNull(team);
        lock (gate)
        {
            teams[team.Id ?? throw new ArgumentException("The team needs an id.", nameof(team))] = (team, [.. channels]);
        }
    }

    private List<ChannelAccount> MembersOf(string conversationId)
    {
        lock (gate)
        {
            return membersByConversation.TryGetValue(conversationId, out var members) ? [.. members] : [];
        }
    }

    private Answer GetMembers(RecordedRequest request) =>
        Answer.Ok(JsonSerializer.Serialize(MembersOf(request.ConversationId!), ActivityJsonContext.Default.ListChannelAccount));

    private Answer GetMember(RecordedRequest request) =>
        MembersOf(request.ConversationId!).FirstOrDefault(m => m.Id == request.ActivityId) is { } member
            ? Answer.Ok(JsonSerializer.Serialize(member, ActivityJsonContext.Default.ChannelAccount))
            : Answer.Error(StatusCodes.Status404NotFound, "MemberNotFoundInConversation", "The member is not in the conversation.");

    // Pages are as large as asked (Teams raises pages under 50 to 50), so tests can page through a few members.
    private Answer GetPagedMembers(RecordedRequest request)
    {
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri(ServiceUrl, request.RawTarget).Query);
        var size = query.TryGetValue("pageSize", out var pageSize) ? int.Parse(pageSize!, CultureInfo.InvariantCulture) : 50;
        var start = query.TryGetValue("continuationToken", out var token) ? int.Parse(token!, CultureInfo.InvariantCulture) : 0;
        var members = MembersOf(request.ConversationId!);
        var page = new PagedMembersResult
        {
            Members = [.. members.Skip(start).Take(size)],
            ContinuationToken = start + size < members.Count ? (start + size).ToString(CultureInfo.InvariantCulture) : null,
        };
        return Answer.Ok(JsonSerializer.Serialize(page, ActivityJsonContext.Default.PagedMembersResult));
    }

    private Answer GetTeam(RecordedRequest request)
    {
        lock (gate)
        {
            return teams.TryGetValue(request.ConversationId!, out var team)
                ? Answer.Ok(JsonSerializer.Serialize(team.Details, ActivityJsonContext.Default.TeamDetails))
                : Answer.Error(StatusCodes.Status404NotFound, "TeamNotFound", "The bot is not in this team.");
        }
    }

    private Answer GetTeamChannels(RecordedRequest request)
    {
        lock (gate)
        {
            return teams.TryGetValue(request.ConversationId!, out var team)
                ? Answer.Ok(JsonSerializer.Serialize(new ConversationList { Conversations = [.. team.Channels] }, ActivityJsonContext.Default.ConversationList))
                : Answer.Error(StatusCodes.Status404NotFound, "TeamNotFound", "The bot is not in this team.");
        }
    }
}
