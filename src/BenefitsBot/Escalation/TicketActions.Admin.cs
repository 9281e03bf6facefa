using BenefitsBot.Bot.Actions;
using BenefitsBot.Escalation.Cards;
using BenefitsBot.Localization;
using BenefitsBot.Storage.Tenants;

namespace BenefitsBot.Escalation;

/// <summary>Taking and answering: the store's version check decides races (two admins take at once: one wins, the other is told who).</summary>
public sealed partial class TicketActions
{
    private async Task<CardActionResult> TakeAsync(CardAction action, CancellationToken cancellationToken)
    {
        if (await RefusalAsync(action, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var language = action.User.Language;
        if (await FindAsync(action, cancellationToken) is not { } current)
        {
            return CardActionResult.Refuse(EscalationTexts.Get("TicketUnknown", language));
        }

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

    private async Task<CardActionResult> AnswerAsync(CardAction action, CancellationToken cancellationToken)
    {
        if (await RefusalAsync(action, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var language = action.User.Language;
        var answer = action.Field(TicketCard.AnswerInputId)?.Trim();
        if (string.IsNullOrEmpty(answer))
        {
            return CardActionResult.Refuse(EscalationTexts.Get("TicketAnswerEmpty", language));
        }

        if (await FindAsync(action, cancellationToken) is not { } current)
        {
            return CardActionResult.Refuse(EscalationTexts.Get("TicketUnknown", language));
        }

        var answered = await ResolveAsync(action, current, answer.Length > TicketCard.MaxAnswerLength ? answer[..TicketCard.MaxAnswerLength] : answer, cancellationToken);
        if (answered is null)
        {
            var latest = await records.FindAsync<Ticket>(action.User.TenantId, current.Value.Id, cancellationToken) ?? current;
            return CardActionResult.Show(TicketCard.Create(latest.Value, language, Notice(latest.Value, action.User, language)));
        }

        var notified = await notifier.NotifyAsync(action.User.TenantId, answered.Value, cancellationToken);
        var (entryId, error) = action.Field(TicketCard.AddToKnowledgeInputId) == "true" ? knowledge.Add(answered.Value) : (null, null);
        answered = await TicketUpdates.ApplyAsync(records, action.User.TenantId, answered, t => t with { AskerNotified = notified, KnowledgeEntryId = entryId, KnowledgeError = error }, cancellationToken);
        await AuditAsync(action, answered.Value, entryId is null ? null : "added to the knowledge base as " + entryId, cancellationToken);
        await poster.UpdateInPlaceAsync(action.User.TenantId, answered.Value, language, cancellationToken);
        return CardActionResult.Show(TicketCard.Create(answered.Value, language));
    }

    /// <summary>Marks the ticket answered; null when another admin answered it first.</summary>
    private async Task<Versioned<Ticket>?> ResolveAsync(CardAction action, Versioned<Ticket> current, string answer, CancellationToken cancellationToken)
    {
        var user = action.User;
        var name = user.Name ?? user.ObjectId;
        while (current.Value.State != TicketState.Resolved)
        {
            var resolved = current.Value with
            {
                State = TicketState.Resolved,
                Answer = answer,
                AnsweredByName = name,
                AssigneeObjectId = current.Value.AssigneeObjectId ?? user.ObjectId,
                AssigneeName = current.Value.AssigneeName ?? name,
                ResolvedAt = time.GetUtcNow(),
            };
            try
            {
                return await records.UpdateAsync(user.TenantId, resolved, current.Version, cancellationToken);
            }
            catch (ConcurrencyConflictException)
            {
                // Someone took or answered it meanwhile: answer on top of a take, stop on an answer.
                var latest = await records.FindAsync<Ticket>(user.TenantId, current.Value.Id, cancellationToken);
                if (latest is null)
                {
                    return null;
                }

                current = latest;
            }
        }

        return null;
    }

    /// <summary>Why the caller's step did nothing: someone else took or answered the ticket first.</summary>
    private static string? Notice(Ticket ticket, BotUser user, string language) => ticket.State switch
    {
        TicketState.Resolved => EscalationTexts.Format("TicketAlreadyResolved", language, ticket.AnsweredByName ?? "?"),
        TicketState.Assigned when ticket.AssigneeObjectId != user.ObjectId => EscalationTexts.Format("TicketAlreadyTaken", language, ticket.AssigneeName ?? "?"),
        _ => null,
    };
}
