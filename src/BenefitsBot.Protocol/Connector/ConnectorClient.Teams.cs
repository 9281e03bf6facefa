namespace BenefitsBot.Protocol.Connector;

/// <summary>Team details and channels.</summary>
public sealed partial class ConnectorClient
{
    public async Task<TeamDetails> GetTeamDetailsAsync(Uri serviceUrl, string teamId, CancellationToken cancellationToken = default)
    {
        var request = ReadRequest("GetTeamDetails", serviceUrl, teamId, ConnectorPaths.Team);
        var team = await SendAsync(request, Activities.ActivityJsonContext.Default.TeamDetails, cancellationToken).ConfigureAwait(false);
        return team ?? throw Invalid(request, "team details");
    }

    public async Task<ConversationList> GetTeamChannelsAsync(Uri serviceUrl, string teamId, CancellationToken cancellationToken = default)
    {
        var request = ReadRequest("GetTeamChannels", serviceUrl, teamId, ConnectorPaths.TeamChannels);
        var channels = await SendAsync(request, Activities.ActivityJsonContext.Default.ConversationList, cancellationToken).ConfigureAwait(false);
        return channels ?? throw Invalid(request, "a channel list");
    }
}
