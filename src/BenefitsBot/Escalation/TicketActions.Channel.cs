using BenefitsBot.Bot.Actions;
using BenefitsBot.Localization;
using BenefitsBot.Storage.Tenants;

namespace BenefitsBot.Escalation;

/// <summary>
/// "tickets here" typed by an admin in a team channel (<see cref="TicketVerbs.Channel"/>) makes it the admins' channel;
/// tickets kept while there was none are posted there now.
/// </summary>
public sealed partial class TicketActions
{
    private async Task<CardActionResult> ChooseChannelAsync(CardAction action, CancellationToken cancellationToken)
    {
        var user = action.User;
        var activity = action.Activity;
        if (activity.Conversation?.ConversationType != "channel" || activity.TeamId is null || activity.Conversation.Id is not { } conversationId)
        {
            return CardActionResult.Refuse(EscalationTexts.Get("TicketsHereNotChannel", user.Language));
        }

        var channel = new TicketChannel(conversationId, user.Language, user.ObjectId, time.GetUtcNow());
        var existing = await records.FindAsync<TicketChannel>(user.TenantId, TicketChannel.SingleId, cancellationToken);
        _ = existing is null
            ? await records.InsertAsync(user.TenantId, channel, cancellationToken)
            : await records.UpdateAsync(user.TenantId, channel, existing.Version, cancellationToken);
        await audit.SucceededAsync(user, TicketVerbs.Channel, conversationId, null, cancellationToken);
        var posted = 0;
        foreach (var waiting in await records.ListAsync<Ticket>(user.TenantId, cancellationToken))
        {
            if (waiting.Value.State == TicketState.Open && waiting.Value.ThreadConversationId is null && await poster.PostAsync(user.TenantId, waiting, cancellationToken))
            {
                posted++;
            }
        }

        var message = EscalationTexts.Get("TicketsHereDone", user.Language)
            + (posted > 0 ? " " + EscalationTexts.Format("TicketsHerePosted", user.Language, posted) : string.Empty);
        return CardActionResult.Show(Cards.NoticeCard.Create(message, user.Language));
    }
}
