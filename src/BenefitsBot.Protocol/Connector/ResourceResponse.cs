namespace BenefitsBot.Protocol.Connector;

/// <summary>The connector's answer to a send, reply or update: the id of the activity it stored.</summary>
public sealed class ResourceResponse
{
    public string? Id { get; set; }
}
