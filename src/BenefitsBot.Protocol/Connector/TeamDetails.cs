namespace BenefitsBot.Protocol.Connector;

/// <summary><c>GET v3/teams/{teamId}</c>.</summary>
public sealed class TeamDetails
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? AadGroupId { get; set; }
}
