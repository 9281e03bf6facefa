using System.Text.Json.Serialization.Metadata;
using BenefitsBot.AdaptiveCards;
using BenefitsBot.Bot.Actions;
using BenefitsBot.Graph;
using BenefitsBot.Localization;
using CardAction = BenefitsBot.Bot.Actions.CardAction;

namespace BenefitsBot.Bot.Dialogs.Common;

/// <summary>
/// A stateful dialog as a card flow: its state is the open <see cref="DialogStep{TState}"/> of the caller in the conversation,
/// <c>{prefix}.start</c> opens it (no version), every other press must carry the step's version, <c>{prefix}.cancel</c>
/// ends it (before the gate), and a stale card answers with the step the dialog is at now.
/// </summary>
public abstract class DialogHandler<TState>(DialogSessions sessions) : ICardFlow<DialogStep<TState>>
{
    /// <summary>The verb prefix and dialog id, e.g. <c>setup</c>.</summary>
    protected abstract string Prefix { get; }

    /// <summary>The command that starts the dialog again, quoted on the stale and cancelled cards.</summary>
    protected abstract BotCommandKind Command { get; }

    protected abstract JsonTypeInfo<TState> StateJson { get; }

    protected DialogSessions Sessions => sessions;

    public string StartVerb => Prefix + ".start";

    public string? Dialog => Prefix;

    public IEnumerable<(BotCommandKind Command, string Verb)> Commands => [(Command, StartVerb)];

    public bool CanHandle(string verb) => verb is not null && verb.StartsWith(Prefix + ".", StringComparison.Ordinal);

    public Task<DialogStep<TState>?> LoadAsync(CardAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        return sessions.FindAsync(action.User, DialogSessions.ConversationOf(action.Activity), Prefix, StateJson, cancellationToken);
    }

    public bool IsVersioned(string verb) => verb != StartVerb;

    public long VersionOf(DialogStep<TState> current)
    {
        ArgumentNullException.ThrowIfNull(current);
        return current.Version;
    }

    public abstract IReadOnlyCollection<AdminRole> RolesFor(CardAction action, DialogStep<TState>? current);

    public Task<CardActionResult> StepAsync(CardAction action, DialogStep<TState>? current, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        return action.Verb == StartVerb || current is null ? StartAsync(action, cancellationToken) : ContinueAsync(action, current, cancellationToken);
    }

    public async Task<CardActionResult> StaleAsync(CardAction action, DialogStep<TState>? current, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        var language = action.User.Language;
        var card = current is null ? null : await RenderAsync(action with { Data = default }, current, cancellationToken);
        return CardActionResult.Show(StaleCard.Create(language, card, CommandTexts.Text(Command, language)));
    }

    /// <summary>Ends the caller's open dialog, whichever card the Cancel was on: it touches only their own dialog state.</summary>
    public async Task<CardActionResult> CancelAsync(CardAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (await LoadAsync(action, cancellationToken) is { } open)
        {
            await EndAsync(action, open, cancellationToken);
        }

        var language = action.User.Language;
        return CardActionResult.Show(DialogCard.Message(language, DialogTexts.Get("CancelledTitle", language), CancelledText(language)));
    }

    /// <summary>What the cancelled card says; by default that nothing more changed and how to start again.</summary>
    protected virtual string CancelledText(string language) => DialogTexts.Format("CancelledText", language, CommandTexts.Text(Command, language));

    /// <summary>The first step: opens the dialog (replacing any open one in the conversation) and shows its first card.</summary>
    protected abstract Task<CardActionResult> StartAsync(CardAction action, CancellationToken cancellationToken);

    /// <summary>One step of the open dialog; <paramref name="current"/> matches the card the user pressed.</summary>
    protected abstract Task<CardActionResult> ContinueAsync(CardAction action, DialogStep<TState> current, CancellationToken cancellationToken);

    /// <summary>The card for where the dialog is now (answering a stale card); null when it has none to show.</summary>
    protected abstract Task<AdaptiveCard?> RenderAsync(CardAction action, DialogStep<TState> current, CancellationToken cancellationToken);

    /// <summary>Opens the dialog at <paramref name="stepNumber"/> and returns the stored step.</summary>
    protected Task<DialogStep<TState>> OpenAsync(CardAction action, int stepNumber, TState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        return sessions.StartAsync(action.User, DialogSessions.ConversationOf(action.Activity), Prefix, stepNumber, state, StateJson, cancellationToken);
    }

    /// <summary>Claims the step (throws <see cref="Storage.Tenants.ConcurrencyConflictException"/> when someone else did) and moves on.</summary>
    protected Task<DialogStep<TState>> AdvanceAsync(CardAction action, DialogStep<TState> from, int stepNumber, TState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        return sessions.AdvanceAsync(action.User, DialogSessions.ConversationOf(action.Activity), from, stepNumber, state, StateJson, cancellationToken);
    }

    /// <summary>Claims the last step and closes the dialog (throws <see cref="Storage.Tenants.ConcurrencyConflictException"/> when someone else did).</summary>
    protected Task EndAsync(CardAction action, DialogStep<TState> from, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        return sessions.EndAsync(action.User, DialogSessions.ConversationOf(action.Activity), from, cancellationToken);
    }
}
