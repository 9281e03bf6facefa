using BenefitsBot.Protocol.Activities;

namespace BenefitsBot.Protocol.Turns;

/// <summary>Routes a turn by activity type and invoke name to overridable handlers, as the Bot Framework SDK's TeamsActivityHandler did. Unknown types are ignored.</summary>
public abstract partial class TeamsActivityHandler : IBot
{
    public virtual Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return turn.Activity.Type switch
        {
            ActivityTypes.Message => OnMessageAsync(turn, cancellationToken),
            ActivityTypes.ConversationUpdate => OnConversationUpdateAsync(turn, cancellationToken),
            ActivityTypes.InstallationUpdate => OnInstallationUpdateAsync(turn, cancellationToken),
            ActivityTypes.Invoke => OnInvokeAsync(turn, cancellationToken),
            _ => Task.CompletedTask,
        };
    }

    protected virtual Task OnMessageAsync(TurnContext turn, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnConversationUpdateAsync(TurnContext turn, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnInstallationUpdateAsync(TurnContext turn, CancellationToken cancellationToken) => Task.CompletedTask;
}
