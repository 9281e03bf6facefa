using BenefitsBot.Storage.Nudges;

namespace BenefitsBot.Nudges;

/// <summary>Where a tenant's channel nudges go: the chosen channel, else the General channel of the only team the bot is in.</summary>
public sealed record NudgeChannel(TeamRegistration Team, string ChannelId)
{
    public static NudgeChannel? Resolve(TenantNudgeData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var settings = data.Settings;
        if (settings.TeamId is { } teamId)
        {
            return data.Teams.FirstOrDefault(t => t.TeamId == teamId && t.Active) is { } chosen
                ? new NudgeChannel(chosen, settings.ChannelId ?? chosen.TeamId)
                : null;
        }

        return data.Teams.Where(t => t.Active).ToList() is [var only] ? new NudgeChannel(only, only.TeamId) : null;
    }
}
