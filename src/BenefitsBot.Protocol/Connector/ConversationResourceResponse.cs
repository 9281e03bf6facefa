namespace BenefitsBot.Protocol.Connector;

/// <summary>The connector's answer to create-conversation. For a channel thread <see cref="Id"/> is <c>&lt;channel&gt;;messageid=&lt;ActivityId&gt;</c>.</summary>
public sealed class ConversationResourceResponse
{
    public string? Id { get; set; }

    public string? ActivityId { get; set; }

    public string? ServiceUrl { get; set; }
}
