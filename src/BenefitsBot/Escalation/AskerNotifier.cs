using BenefitsBot.Escalation.Cards;
using BenefitsBot.Protocol.Activities;
using BenefitsBot.Protocol.Connector;
using BenefitsBot.Storage;
using Microsoft.Extensions.Logging;

namespace BenefitsBot.Escalation;

/// <summary>Tells the asker the admin's answer 1:1: in the personal chat the question came from, else in a 1:1 chat the bot opens.</summary>
public sealed partial class AskerNotifier(IConversationReferenceStore references, IProactiveMessenger messenger, ILogger<AskerNotifier> logger)
{
    /// <summary>True when the connector took the message.</summary>
    public async Task<bool> NotifyAsync(string tenantId, Ticket ticket, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var activity = new Activity { Type = ActivityTypes.Message, Attachments = [Attachment.AdaptiveCard(AdminAnswerCard.Create(ticket).ToJsonElement())] };
        try
        {
            var target = await PersonalReferenceAsync(tenantId, ticket, cancellationToken);
            if (target is null)
            {
                return false;
            }

            await messenger.SendAsync(target, activity, cancellationToken);
            return true;
        }
        catch (ConnectorException failure)
        {
            LogNotReached(logger, ticket.Id, failure);
            return false;
        }
    }

    private async Task<ConversationReference?> PersonalReferenceAsync(string tenantId, Ticket ticket, CancellationToken cancellationToken)
    {
        var origin = await references.FindAsync(tenantId, ticket.AskerConversationId, cancellationToken);
        if (origin is { ConversationType: "personal" or null })
        {
            return origin;
        }

        // Asked in a channel or group chat: open (or get back) the 1:1 chat, with serviceUrl and bot id from any reference in the tenant.
        var any = origin ?? (await references.ListActiveAsync(tenantId, cancellationToken)).FirstOrDefault(r => r.BotId is not null);
        if (any is null || ticket.AskerUserId.Length == 0)
        {
            return null;
        }

        var chat = await messenger.CreatePersonalConversationAsync(any, ticket.AskerUserId, cancellationToken);
        if (chat.Id is null)
        {
            return null;
        }

        return any with
        {
            ServiceUrl = chat.ServiceUrl ?? any.ServiceUrl,
            ConversationId = chat.Id,
            ConversationType = "personal",
            TeamId = null,
            ChannelIdInTeam = null,
            UserId = ticket.AskerUserId,
            UserEntraObjectId = ticket.AskerObjectId,
        };
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not tell the asker of ticket {TicketId} the answer 1:1")]
    private static partial void LogNotReached(ILogger logger, string ticketId, Exception exception);
}
