using BenefitsBot.Protocol.Activities;
using BenefitsBot.Protocol.Connector;
using BenefitsBot.Protocol.Turns;

namespace BenefitsBot.Protocol.Hosting;

/// <summary>Sends a turn's replies through the Bot Connector: a reply when there is an activity to reply to, else a plain send.</summary>
public sealed class ConnectorActivitySender(IConnectorClient connector) : IActivitySender
{
    public async Task<string?> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var response = string.IsNullOrWhiteSpace(activity.ReplyToId)
            ? await connector.SendToConversationAsync(activity, cancellationToken)
            : await connector.ReplyToActivityAsync(activity, cancellationToken);
        return response.Id;
    }

    public Task UpdateAsync(Activity activity, CancellationToken cancellationToken) => connector.UpdateActivityAsync(activity, cancellationToken);
}

/// <summary>One connector-backed sender serves every turn: the connector client routes by each activity's serviceUrl.</summary>
public sealed class ConnectorActivitySenderFactory(IConnectorClient connector) : IActivitySenderFactory
{
    private readonly ConnectorActivitySender sender = new(connector);

    public IActivitySender CreateFor(Activity inbound) => sender;
}
