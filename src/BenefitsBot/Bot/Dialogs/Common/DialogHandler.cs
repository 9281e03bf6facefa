using System.Text.Json.Serialization.Metadata;
using BenefitsBot.AdaptiveCards;
using BenefitsBot.Bot.Access;
using BenefitsBot.Graph;
using BenefitsBot.Localization;
using BenefitsBot.Storage.Tenants;
using CardAction = BenefitsBot.Bot.Actions.CardAction;
using CardActionResult = BenefitsBot.Bot.Actions.CardActionResult;

namespace BenefitsBot.Bot.Dialogs.Common;

/// <summary>
/// The frame every stateful dialog shares, for each button press: role gate (refusals audited, Graph down → retry card;
/// cancel needs no role), then <c>{prefix}.start</c>, or load the open dialog and compare the card's state version (stale → the current step, nothing
/// done twice), <c>{prefix}.cancel</c>, and the step itself; a concurrent change found while acting also answers stale.
/// </summary>
public abstract class DialogHandler<TState>(IAdminGate gate, DialogSessions sessions) : Actions.ICardActionHandler
{
    /// <summary>The verb prefix and dialog id, e.g. <c>setup</c>.</summary>
    protected abstract string Prefix { get; }

    /// <summary>What the user types to start again, in <paramref name="language"/>.</summary>
    protected abstract string CommandText(string language);

    protected abstract JsonTypeInfo<TState> StateJson { get; }

    protected DialogSessions Sessions => sessions;

    public string StartVerb => Prefix + ".start";

    public string CancelVerb => Prefix + ".cancel";

    public bool CanHandle(string verb) => verb is not null && verb.StartsWith(Prefix + ".", StringComparison.Ordinal);

    public async Task<CardActionResult> HandleAsync(CardAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        // Cancelling touches only the caller's own dialog state, so it needs no role and works while Graph is down.
        if (action.Verb != CancelVerb && RolesFor(action.Verb) is { Count: > 0 } roles && await gate.DenyAsync(action, roles, Prefix, cancellationToken) is { } denied)
        {
            return denied;
        }

        if (action.Verb == StartVerb)
        {
            return await StartAsync(action, cancellationToken);
        }

        var conversation = DialogSessions.ConversationOf(action.Activity);
        var step = await sessions.FindAsync(action.User, conversation, Prefix, StateJson, cancellationToken);
        if (step is null || DialogData.StateVersionOf(action) != step.Version)
        {
            return Stale(action.User.Language, step);
        }

        try
        {
            return action.Verb == CancelVerb ? await CancelAsync(action, step, cancellationToken) : await ContinueAsync(action, step, cancellationToken);
        }
        catch (ConcurrencyConflictException)
        {
            // Another press (a second instance, a double click) got there first: show where that left the dialog.
            return Stale(action.User.Language, await sessions.FindAsync(action.User, conversation, Prefix, StateJson, cancellationToken));
        }
    }

    /// <summary>The roles that may press <paramref name="verb"/>; empty for read-only steps anyone may use.</summary>
    protected abstract IReadOnlyCollection<AdminRole> RolesFor(string verb);

    /// <summary>The first step: opens the dialog (replacing any open one in the conversation) and shows its first card.</summary>
    protected abstract Task<CardActionResult> StartAsync(CardAction action, CancellationToken cancellationToken);

    /// <summary>One step of the open dialog; <paramref name="current"/> matches the card the user pressed.</summary>
    protected abstract Task<CardActionResult> ContinueAsync(CardAction action, DialogStep<TState> current, CancellationToken cancellationToken);

    /// <summary>The card for where the dialog is now (resuming, or answering a stale card).</summary>
    protected abstract AdaptiveCard Render(DialogStep<TState> current, string language);

    protected CardActionResult Stale(string language, DialogStep<TState>? current) =>
        CardActionResult.Show(StaleCard.Create(language, current is null ? null : Render(current, language), CommandText(language)));

    /// <summary>Opens the dialog at <paramref name="stepNumber"/> and returns the stored step.</summary>
    protected Task<DialogStep<TState>> OpenAsync(CardAction action, int stepNumber, TState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        return sessions.StartAsync(action.User, DialogSessions.ConversationOf(action.Activity), Prefix, stepNumber, state, StateJson, cancellationToken);
    }

    /// <summary>Claims the step (throws <see cref="ConcurrencyConflictException"/> when someone else did) and moves on.</summary>
    protected Task<DialogStep<TState>> AdvanceAsync(CardAction action, DialogStep<TState> from, int stepNumber, TState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        return sessions.AdvanceAsync(action.User, DialogSessions.ConversationOf(action.Activity), from, stepNumber, state, StateJson, cancellationToken);
    }

    /// <summary>Claims the last step and closes the dialog (throws <see cref="ConcurrencyConflictException"/> when someone else did).</summary>
    protected Task EndAsync(CardAction action, DialogStep<TState> from, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        return sessions.EndAsync(action.User, DialogSessions.ConversationOf(action.Activity), from, cancellationToken);
    }

    private async Task<CardActionResult> CancelAsync(CardAction action, DialogStep<TState> step, CancellationToken cancellationToken)
    {
        await EndAsync(action, step, cancellationToken);
        var language = action.User.Language;
        return CardActionResult.Show(DialogCard.Message(language, DialogTexts.Get("CancelledTitle", language), DialogTexts.Format("CancelledText", language, CommandText(language))));
    }
}
