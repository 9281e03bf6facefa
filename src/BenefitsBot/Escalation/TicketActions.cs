using BenefitsBot.Bot.Actions;
using BenefitsBot.Escalation.Cards;
using BenefitsBot.Graph;
using BenefitsBot.Localization;
using BenefitsBot.Storage.Tenants;
using BenefitsBot.Suggestions;

namespace BenefitsBot.Escalation;

/// <summary>
/// The <c>ticket.*</c> buttons: a user sends a question to the admins; an admin takes it and answers it. Ticket ids in the
/// data are client input: every admin step goes through the role gate, and tickets are looked up in the caller's tenant only.
/// </summary>
public sealed partial class TicketActions(
    ITenantRecordStore records,
    CardFlowAudit audit,
    TicketChannelPoster poster,
    AskerNotifier notifier,
    KnowledgeContribution knowledge,
    SuggestionRecorder suggestions,
    TimeProvider time) : ICardFlow<NoFlowState>
{
    public bool CanHandle(string verb) => verb is TicketVerbs.Create or TicketVerbs.Take or TicketVerbs.Answer or TicketVerbs.Refresh or TicketVerbs.Channel;

    public IEnumerable<(BotCommandKind Command, string Verb)> Commands => [(BotCommandKind.TicketsHere, TicketVerbs.Channel)];

    /// <summary>Asking and refreshing need no role; taking, answering and choosing the channel are for the admins.</summary>
    public IReadOnlyCollection<AdminRole> RolesFor(CardAction action, NoFlowState? current) =>
        action?.Verb is TicketVerbs.Create or TicketVerbs.Refresh ? [] : EscalationRoles.Admins;

    public Task<CardActionResult> StepAsync(CardAction action, NoFlowState? current, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        return action.Verb switch
        {
            TicketVerbs.Create => CreateAsync(action, cancellationToken),
            TicketVerbs.Take => TakeAsync(action, cancellationToken),
            TicketVerbs.Answer => AnswerAsync(action, cancellationToken),
            TicketVerbs.Channel => ChooseChannelAsync(action, cancellationToken),
            _ => RefreshAsync(action, cancellationToken),
        };
    }

    /// <summary>Anyone who sees the card in its channel thread may refresh it; from anywhere else a ticket id is refused like an unknown one.</summary>
    private async Task<CardActionResult> RefreshAsync(CardAction action, CancellationToken cancellationToken) =>
        await FindAsync(action, cancellationToken) is { } ticket && ticket.Value.ThreadConversationId == action.Activity.Conversation?.Id
            ? CardActionResult.Show(TicketCard.Create(ticket.Value, action.User.Language))
            : CardActionResult.Refuse(EscalationTexts.Get("TicketUnknown", action.User.Language));

    private async Task<Versioned<Ticket>?> FindAsync(CardAction action, CancellationToken cancellationToken) =>
        action.Field("ticketId") is { Length: > 0 } id ? await records.FindAsync<Ticket>(action.User.TenantId, id, cancellationToken) : null;

    /// <summary>The ticket an admin acts on (the pipeline has checked the role); or, with no ticket, why not: an id that is no ticket of the caller's tenant.</summary>
    private async Task<(Versioned<Ticket>? Ticket, CardActionResult? Stop)> AdminTicketAsync(CardAction action, CancellationToken cancellationToken) =>
        await FindAsync(action, cancellationToken) is { } ticket
            ? (ticket, null)
            : (null, CardActionResult.Refuse(EscalationTexts.Get("TicketUnknown", action.User.Language)));

    private Task AuditAsync(CardAction action, Ticket ticket, string? detail, CancellationToken cancellationToken) =>
        audit.SucceededAsync(action.User, action.Verb, ticket.Id, detail, cancellationToken);
}
