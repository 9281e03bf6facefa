namespace BenefitsBot.Protocol.Connector;

/// <summary><c>GET v3/teams/{teamId}/conversations</c>: the team's channels. The General channel has no name and its id is the team id.</summary>
public sealed class ConversationList
{
    public IList<ChannelInfo>? Conversations { get; set; }
}

public sealed class ChannelInfo
{
    public string? Id { get; set; }

    public string? Name { get; set; }
}
