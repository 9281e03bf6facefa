using BenefitsBot.Bot.Actions;
using BenefitsBot.Escalation.Cards;
using BenefitsBot.Localization;
using BenefitsBot.Storage.Tenants;

namespace BenefitsBot.Escalation;

/// <summary>A user sends a question to the admins: one ticket per question, however often the button is pressed.</summary>
public sealed partial class TicketActions
{
    private const int ClaimAttempts = 3;

    /// <summary>How long a second press waits for the ticket a first press is saving (one store round trip, normally).</summary>
    private static readonly TimeSpan EarlierTicketWait = TimeSpan.FromSeconds(2);

    private async Task<CardActionResult> CreateAsync(CardAction action, CancellationToken cancellationToken)
    {
        var user = action.User;
        var question = action.Field(AskAdminsSection.QuestionInputId)?.Trim();
        if (string.IsNullOrEmpty(question))
        {
            return CardActionResult.Refuse(EscalationTexts.Get("AskAdminsEmpty", user.Language));
        }

        var now = time.GetUtcNow();
        var ticket = new Ticket(
            Guid.CreateVersion7(now).ToString("N"),
            question.Length > AskAdminsSection.MaxQuestionLength ? question[..AskAdminsSection.MaxQuestionLength] : question,
            user.Language,
            user.ObjectId,
            action.Activity.From?.Id ?? string.Empty,
            user.Name,
            action.Activity.Conversation?.Id ?? string.Empty,
            TicketState.Open,
            now) { SourceEntryId = action.Field("entryId") };
        if (await ClaimAsync(user.TenantId, ticket, cancellationToken) is { } earlier)
        {
            return CardActionResult.Show(TicketReceiptCard.Create(earlier, EscalationTexts.Format("TicketAlreadyAsked", user.Language, earlier.ShortId)));
        }

        var saved = await records.InsertAsync(user.TenantId, ticket, cancellationToken);
        var hasChannel = await poster.FindChannelAsync(user.TenantId, cancellationToken) is not null;
        var posted = hasChannel && await poster.PostAsync(user.TenantId, saved, cancellationToken);
        var key = posted ? "TicketSent" : hasChannel ? "TicketNotPosted" : "TicketNoChannel";
        return CardActionResult.Show(TicketReceiptCard.Create(ticket, EscalationTexts.Format(key, user.Language, ticket.ShortId)));
    }

    /// <summary>
    /// Null when this press makes the ticket (it now holds the question's <see cref="TicketRequest"/>); else the ticket an
    /// earlier press of the same question made and no admin has answered yet. An answered question asked again, or a
    /// request whose ticket never got saved (that press failed), is taken over by this press.
    /// </summary>
    private async Task<Ticket?> ClaimAsync(string tenantId, Ticket ticket, CancellationToken cancellationToken)
    {
        var request = new TicketRequest(TicketRequest.KeyOf(ticket.AskerObjectId, ticket.Question), ticket.Id, ticket.CreatedAt);
        for (var attempt = 1; attempt <= ClaimAttempts; attempt++)
        {
            try
            {
                await records.InsertAsync(tenantId, request, cancellationToken);
                return null;
            }
            catch (ConcurrencyConflictException)
            {
                // Asked before: see what became of it.
            }

            if (await records.FindAsync<TicketRequest>(tenantId, request.Key, cancellationToken) is not { } existing)
            {
                continue;
            }

            if (await EarlierTicketAsync(tenantId, existing.Value.TicketId, cancellationToken) is { State: not TicketState.Resolved } earlier)
            {
                return earlier;
            }

            try
            {
                await records.UpdateAsync(tenantId, request, existing.Version, cancellationToken);
                return null;
            }
            catch (ConcurrencyConflictException)
            {
                // Another press took it over first: look again.
            }
        }

        // Still contended: a second ticket is better than a lost question.
        return null;
    }

    /// <summary>The ticket an earlier press made, waiting briefly while that press is still saving it; null when it never was.</summary>
    private async Task<Ticket?> EarlierTicketAsync(string tenantId, string ticketId, CancellationToken cancellationToken)
    {
        var deadline = time.GetUtcNow() + EarlierTicketWait;
        while (true)
        {
            if (await records.FindAsync<Ticket>(tenantId, ticketId, cancellationToken) is { } found)
            {
                return found.Value;
            }

            if (time.GetUtcNow() >= deadline)
            {
                return null;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50), time, cancellationToken);
        }
    }
}
