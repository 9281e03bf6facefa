namespace BenefitsBot.Bot.Actions;

/// <summary>Handles the card buttons of one verb prefix (e.g. <c>renewal.*</c>); register with <see cref="BotActionServices.AddCardActionHandler{T}"/>.</summary>
public interface ICardActionHandler
{
    bool CanHandle(string verb);

    /// <summary>True when the action works without a tenant and user id (read-only FAQ buttons); admin and tenant data actions leave it false.</summary>
    bool AllowsUnidentifiedUsers => false;

    Task<CardActionResult> HandleAsync(CardAction action, CancellationToken cancellationToken);
}
