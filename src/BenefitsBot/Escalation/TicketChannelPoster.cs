using BenefitsBot.Escalation.Cards;
using BenefitsBot.Protocol.Activities;
using BenefitsBot.Protocol.Connector;
using BenefitsBot.Storage;
using BenefitsBot.Storage.Tenants;
using Microsoft.Extensions.Logging;

namespace BenefitsBot.Escalation;

/// <summary>Puts ticket cards in the admins' channel: a new thread per ticket, then in-place updates of that card.</summary>
public sealed partial class TicketChannelPoster(
    ITenantRecordStore records,
    IConversationReferenceStore references,
    IProactiveMessenger messenger,
    IConnectorClient connector,
    ILogger<TicketChannelPoster> logger)
{
    /// <summary>The tenant's admins' channel and its stored conversation reference, or null when none is set up (or it is gone).</summary>
    public async Task<(TicketChannel Channel, ConversationReference Reference)?> FindChannelAsync(string tenantId, CancellationToken cancellationToken)
    {
        var channel = await records.FindAsync<TicketChannel>(tenantId, TicketChannel.SingleId, cancellationToken);
        if (channel is null)
        {
            return null;
        }

        var reference = await references.FindAsync(tenantId, channel.Value.ConversationId, cancellationToken);
        return reference is { TeamId: not null, ChannelIdInTeam: not null } ? (channel.Value, reference) : null;
    }

    /// <summary>Posts the ticket as a new thread and stores where; false when there is no channel or the connector failed (the ticket stays open, unposted).</summary>
    public async Task<bool> PostAsync(string tenantId, Versioned<Ticket> ticket, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        if (await FindChannelAsync(tenantId, cancellationToken) is not { } found)
        {
            return false;
        }

        var (channel, reference) = found;

        try
        {
            var activity = CardActivity(TicketCard.Create(ticket.Value, channel.Language), reference);
            var thread = await messenger.CreateChannelThreadAsync(new Uri(reference.ServiceUrl), tenantId, reference.TeamId!, reference.ChannelIdInTeam!, activity, cancellationToken);
            await TicketUpdates.ApplyAsync(records, tenantId, ticket, t => t with { ThreadConversationId = thread.Id, CardActivityId = thread.ActivityId }, cancellationToken);
            return true;
        }
        catch (ConnectorException failure)
        {
            LogPostFailed(logger, ticket.Value.Id, failure);
            return false;
        }
    }

    /// <summary>Replaces the thread's ticket card with the current state, so every viewer sees it; failures are logged, the ticket is already saved.</summary>
    public async Task UpdateInPlaceAsync(string tenantId, Ticket ticket, string language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        if (ticket.ThreadConversationId is not { } thread || ticket.CardActivityId is not { } activityId
            || await FindChannelAsync(tenantId, cancellationToken) is not { } found)
        {
            return;
        }

        var reference = found.Reference;

        var activity = CardActivity(TicketCard.Create(ticket, language), reference);
        activity.Id = activityId;
        activity.ServiceUrl = reference.ServiceUrl;
        activity.Conversation = new ConversationAccount { Id = thread, ConversationType = "channel", TenantId = tenantId };
        try
        {
            await connector.UpdateActivityAsync(activity, cancellationToken);
        }
        catch (ConnectorException failure)
        {
            LogUpdateFailed(logger, ticket.Id, failure);
        }
    }

    private static Activity CardActivity(AdaptiveCards.AdaptiveCard card, ConversationReference reference) => new()
    {
        Type = ActivityTypes.Message,
        From = reference.BotId is null ? null : new ChannelAccount { Id = reference.BotId },
        Attachments = [Attachment.AdaptiveCard(card.ToJsonElement())],
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not post ticket {TicketId} to the admins' channel; it stays open for the report")]
    private static partial void LogPostFailed(ILogger logger, string ticketId, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not update ticket {TicketId}'s card in the channel")]
    private static partial void LogUpdateFailed(ILogger logger, string ticketId, Exception exception);
}
