using BenefitsBot.Bot.Actions;
using BenefitsBot.Escalation.Cards;
using BenefitsBot.Localization;
using BenefitsBot.Storage.Tenants;

namespace BenefitsBot.Escalation;

/// <summary>Taking a ticket: the store's version check decides a race (two admins take at once: one wins, the other is told who).</summary>
public sealed partial class TicketActions
{
    private async Task<CardActionResult> TakeAsync(CardAction action, CancellationToken cancellationToken)
    {
        var (current, stop) = await AdminTicketAsync(action, cancellationToken);
        if (current is null)
        {
            return stop!;
        }

        var language = action.User.Language;
        if (current.Value.State != TicketState.Open)
        {
            return CardActionResult.Show(TicketCard.Create(current.Value, language, Notice(current.Value, action.User, language)));
        }

        Versioned<Ticket> taken;
        try
        {
            var name = action.User.Name ?? action.User.ObjectId;
            taken = await records.UpdateAsync(action.User.TenantId, current.Value with { State = TicketState.Assigned, AssigneeObjectId = action.User.ObjectId, AssigneeName = name, AssigneeUserId = action.Activity.From?.Id }, current.Version, cancellationToken);
        }
        catch (ConcurrencyConflictException)
        {
            var winner = await records.FindAsync<Ticket>(action.User.TenantId, current.Value.Id, cancellationToken) ?? current;
            return CardActionResult.Show(TicketCard.Create(winner.Value, language, Notice(winner.Value, action.User, language)));
        }

        await AuditAsync(action, taken.Value, null, cancellationToken);
        await poster.UpdateInPlaceAsync(action.User.TenantId, taken.Value, language, cancellationToken);
        return CardActionResult.Show(TicketCard.Create(taken.Value, language));
    }

    /// <summary>Why the caller's step did nothing: someone else took or answered the ticket first.</summary>
    private static string? Notice(Ticket ticket, BotUser user, string language) => ticket.State switch
    {
        TicketState.Resolved => EscalationTexts.Format("TicketAlreadyResolved", language, ticket.AnsweredByName ?? "?"),
        TicketState.Assigned when ticket.AssigneeObjectId != user.ObjectId => EscalationTexts.Format("TicketAlreadyTaken", language, ticket.AssigneeName ?? "?"),
        _ => null,
    };
}
