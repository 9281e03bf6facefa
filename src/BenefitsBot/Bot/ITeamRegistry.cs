using BenefitsBot.Protocol.Activities;

namespace BenefitsBot.Bot;

/// <summary>The teams the bot is in and their channels, kept from Teams' installation and conversation events.</summary>
public interface ITeamRegistry
{
    /// <summary>Called for every incoming activity; acts on team installs, removals and channel changes, ignores the rest.</summary>
    Task ObserveAsync(Activity activity, CancellationToken cancellationToken);

    /// <summary>Marks a team the bot can no longer post to (removed from the team, or a post answered 403/404).</summary>
    Task MarkInactiveAsync(string tenantId, string teamId, string reason, CancellationToken cancellationToken);
}
