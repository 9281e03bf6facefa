namespace BenefitsBot.Protocol.Turns;

/// <summary>The application behind <c>/api/messages</c>: runs one turn per inbound activity.</summary>
public interface IBot
{
    Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken);
}
