using BenefitsBot.Graph;
using BenefitsBot.Localization;

namespace BenefitsBot.Bot.Actions;

/// <summary>
/// A flow of card buttons and typed commands (setup, renewal, tickets, settings, the FAQ card's buttons…). Every press and
/// every command goes through <see cref="CardFlowPipeline"/>: parse → cancel → role gate → state version → step, and what a
/// step changes goes to <see cref="CardFlowAudit"/>. Register with <see cref="BotActionServices.AddCardFlow{T}"/>.
/// </summary>
public interface ICardFlow
{
    /// <summary>Parse: whether <paramref name="verb"/> is one of this flow's buttons.</summary>
    bool CanHandle(string verb);

    /// <summary>True when the flow works without a tenant and user id (read-only FAQ buttons); admin and tenant data flows leave it false.</summary>
    bool AllowsUnidentifiedUsers => false;

    /// <summary>The typed commands that open this flow, each with the verb it presses.</summary>
    IEnumerable<(BotCommandKind Command, string Verb)> Commands => [];

    /// <summary>Runs <paramref name="action"/> through <paramref name="pipeline"/> with the flow's own state type.</summary>
    Task<CardActionResult> RunAsync(CardFlowPipeline pipeline, CardAction action, CancellationToken cancellationToken);
}

/// <summary>The stages of <see cref="CardFlowPipeline"/> one flow fills in; <typeparamref name="TCurrent"/> is its stored state.</summary>
public interface ICardFlow<TCurrent> : ICardFlow
    where TCurrent : class
{
    /// <summary>The verb prefix of a dialog whose cards show Cancel (<c>{Dialog}.cancel</c>); null for flows without one.</summary>
    string? Dialog => null;

    /// <summary>Cancel: ends the caller's own open dialog; runs before the gate, so it needs no role and no Graph.</summary>
    Task<CardActionResult> CancelAsync(CardAction action, CancellationToken cancellationToken) =>
        throw new NotSupportedException("This flow has no cancel button.");

    /// <summary>The flow's stored state for this press, or null when none is stored (read before the gate: roles may depend on it).</summary>
    Task<TCurrent?> LoadAsync(CardAction action, CancellationToken cancellationToken) => Task.FromResult<TCurrent?>(null);

    /// <summary>Gate: the roles that may press <paramref name="action"/>; empty when any identified user may.</summary>
    IReadOnlyCollection<AdminRole> RolesFor(CardAction action, TCurrent? current);

    /// <summary>Version: whether <paramref name="verb"/> must carry the stored state's version (steps after the start); with nothing stored it is stale.</summary>
    bool IsVersioned(string verb) => false;

    /// <summary>The version of the stored state, as the flow's cards carry it in <see cref="CardFlowData.StateVersion"/>.</summary>
    long VersionOf(TCurrent current) => throw new NotSupportedException("This flow keeps no versioned state.");

    /// <summary>The answer to an outdated or replayed card: where the flow is now; nothing is done twice.</summary>
    Task<CardActionResult> StaleAsync(CardAction action, TCurrent? current, CancellationToken cancellationToken) =>
        throw new NotSupportedException("This flow keeps no versioned state.");

    /// <summary>Step: the press itself, on the state the card was drawn from.</summary>
    Task<CardActionResult> StepAsync(CardAction action, TCurrent? current, CancellationToken cancellationToken);

    Task<CardActionResult> ICardFlow.RunAsync(CardFlowPipeline pipeline, CardAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        return pipeline.RunAsync(this, action, cancellationToken);
    }
}

/// <summary>The state of a flow that stores none (FAQ buttons, tickets, suggestions: their records carry their own checks).</summary>
public sealed class NoFlowState
{
    private NoFlowState()
    {
    }
}
