using BenefitsBot.Bot.Actions;
using BenefitsBot.Escalation.Cards;
using BenefitsBot.Localization;
using BenefitsBot.Storage.Tenants;
using BenefitsBot.Suggestions;

namespace BenefitsBot.Escalation;

/// <summary>Answering a ticket: mark it answered (first answer wins), tell the asker 1:1, optionally add it to the tenant's knowledge base, update the card.</summary>
public sealed partial class TicketActions
{
    private async Task<CardActionResult> AnswerAsync(CardAction action, CancellationToken cancellationToken)
    {
        var (current, stop) = await AdminTicketAsync(action, cancellationToken);
        if (current is null)
        {
            return stop!;
        }

        var language = action.User.Language;
        var answer = action.Field(TicketCard.AnswerInputId)?.Trim();
        if (string.IsNullOrEmpty(answer))
        {
            return CardActionResult.Refuse(EscalationTexts.Get("TicketAnswerEmpty", language));
        }

        var answered = await ResolveAsync(action, current, answer.Length > TicketCard.MaxAnswerLength ? answer[..TicketCard.MaxAnswerLength] : answer, cancellationToken);
        if (answered is null)
        {
            var latest = await records.FindAsync<Ticket>(action.User.TenantId, current.Value.Id, cancellationToken) ?? current;
            return CardActionResult.Show(TicketCard.Create(latest.Value, language, Notice(latest.Value, action.User, language)));
        }

        var notified = await notifier.NotifyAsync(action.User.TenantId, answered.Value, cancellationToken);
        var added = action.Field(TicketCard.AddToKnowledgeInputId) == "true" ? await knowledge.AddAsync(action.User.TenantId, answered.Value, cancellationToken) : null;
        answered = await TicketUpdates.ApplyAsync(
            records,
            action.User.TenantId,
            answered,
            t => t with { AskerNotified = notified, KnowledgeEntryId = added?.EntryId, KnowledgeError = added?.Error, KnowledgeEntryUnreachable = added is { EntryId: not null, Reachable: false } },
            cancellationToken);
        if (added?.EntryId is { } newEntry)
        {
            // The question leads to the entry made from the answer: suggested to the admins like a pick on a clarify card.
            await suggestions.RecordAsync(action.User.TenantId, answered.Value.Question, answered.Value.Language, newEntry, SuggestionSource.TicketAnswer, cancellationToken);
        }

        await AuditAsync(action, answered.Value, added?.EntryId is { } entryId ? "added to the tenant's knowledge base as " + entryId : null, cancellationToken);
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
}
