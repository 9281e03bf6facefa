using System.Collections.Concurrent;
using BenefitsBot.Bot;
using BenefitsBot.Protocol.Activities;
using BenefitsBot.Protocol.Connector;
using BenefitsBot.Storage.Nudges;
using BenefitsBot.Storage.Tenants;
using Microsoft.Extensions.Logging;

namespace BenefitsBot.Nudges;

/// <summary>
/// Registers a team with its channels (from the connector's team channels call) when the bot is installed in it or a channel
/// changes, and marks it inactive when the bot is removed. Stored as <see cref="TeamRegistration"/> tenant records.
/// </summary>
public sealed partial class TeamRegistry(ITenantRecordStore records, IConnectorClient connector, TimeProvider time, ILogger<TeamRegistry> logger) : ITeamRegistry
{
    private const int MaxKnownTeams = 10_000;

    private static readonly HashSet<string> ChannelEvents = new(StringComparer.OrdinalIgnoreCase)
    {
        "channelCreated", "channelDeleted", "channelRenamed", "channelRestored", "teamRenamed", "teamRestored", "teamUnarchived",
    };

    /// <summary>Teams this instance registered, so a message in a known team costs no store read.</summary>
    private readonly ConcurrentDictionary<string, byte> knownTeams = new(StringComparer.Ordinal);

    public async Task ObserveAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.TenantId is not { } tenant || activity.TeamId is not { } team || activity.ServiceUrl is null)
        {
            return;
        }

        if (IsRemoval(activity))
        {
            await MarkInactiveAsync(tenant, team, "removed", cancellationToken);
            return;
        }

        var changed = activity.Type == ActivityTypes.InstallationUpdate
            || activity.MembersAdded?.Any(m => m.Id == activity.Recipient?.Id) == true
            || ChannelEvents.Contains(activity.GetTeamsChannelData().EventType ?? string.Empty);
        if (changed || !knownTeams.ContainsKey(team))
        {
            await RegisterAsync(activity, tenant, team, changed, cancellationToken);
        }
    }

    public Task MarkInactiveAsync(string tenantId, string teamId, string reason, CancellationToken cancellationToken)
    {
        knownTeams.TryRemove(teamId, out _);
        LogInactive(logger, teamId, reason);
        return UpsertAsync(tenantId, teamId, existing => existing is null ? null : existing with { Active = false, InactiveReason = reason, UpdatedAt = time.GetUtcNow() }, cancellationToken);
    }

    private static bool IsRemoval(Activity activity) =>
        (activity.Type == ActivityTypes.InstallationUpdate && activity.Action is "remove" or "remove-upgrade")
        || activity.MembersRemoved?.Any(m => m.Id == activity.Recipient?.Id) == true
        || activity.GetTeamsChannelData().EventType is "teamDeleted" or "teamArchived";

    /// <summary>Insert or refresh the team; <paramref name="refresh"/> reads the channel list again even for a known team.</summary>
    private async Task RegisterAsync(Activity activity, string tenant, string team, bool refresh, CancellationToken cancellationToken)
    {
        if (!refresh && await records.FindAsync<TeamRegistration>(tenant, team, cancellationToken) is { Value.Active: true })
        {
            Remember(team);
            return;
        }

        var channels = await ReadChannelsAsync(activity, team, cancellationToken);
        var name = activity.GetTeamsChannelData().Team?.Name;
        await UpsertAsync(tenant, team, existing => new TeamRegistration(
            team, name ?? existing?.Name, activity.ServiceUrl!, activity.Recipient?.Id ?? existing?.BotId, channels, true, time.GetUtcNow(), null), cancellationToken);
        Remember(team);
        LogRegistered(logger, team, channels.Count);
    }

    private async Task<IReadOnlyList<TeamChannel>> ReadChannelsAsync(Activity activity, string team, CancellationToken cancellationToken)
    {
        try
        {
            var list = await connector.GetTeamChannelsAsync(new Uri(activity.ServiceUrl!), team, cancellationToken);
            return [.. (list.Conversations ?? []).Where(c => c.Id is not null).Select(c => new TeamChannel(c.Id!, c.Name))];
        }
        catch (ConnectorException ex)
        {
            // Keep what the activity itself names (at least the General channel) rather than lose the installation.
            LogChannelsUnavailable(logger, team, ex.StatusCode, ex.ErrorCode);
            var channel = activity.GetTeamsChannelData().Channel;
            return [new TeamChannel(team, null), .. channel?.Id is { } id && id != team ? [new TeamChannel(id, channel.Name)] : Array.Empty<TeamChannel>()];
        }
    }

    /// <summary>Find, change, write; on a concurrent change (another instance saw the same event) read again and retry.</summary>
    private async Task UpsertAsync(string tenant, string team, Func<TeamRegistration?, TeamRegistration?> change, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var existing = await records.FindAsync<TeamRegistration>(tenant, team, cancellationToken);
            if (change(existing?.Value) is not { } updated)
            {
                return;
            }

            try
            {
                _ = existing is null
                    ? await records.InsertAsync(tenant, updated, cancellationToken)
                    : await records.UpdateAsync(tenant, updated, existing.Version, cancellationToken);
                return;
            }
            catch (ConcurrencyConflictException) when (attempt < 3)
            {
                LogConflict(logger, team);
            }
        }
    }

    private void Remember(string team)
    {
        if (knownTeams.Count > MaxKnownTeams)
        {
            knownTeams.Clear();
        }

        knownTeams[team] = 0;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Team {TeamId} registered for nudges with {Channels} channel(s)")]
    private static partial void LogRegistered(ILogger logger, string teamId, int channels);

    [LoggerMessage(Level = LogLevel.Information, Message = "Team {TeamId} is inactive for nudges: {Reason}")]
    private static partial void LogInactive(ILogger logger, string teamId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read the channels of team {TeamId}: {Status} {ErrorCode}")]
    private static partial void LogChannelsUnavailable(ILogger logger, string teamId, System.Net.HttpStatusCode? status, string? errorCode);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Team {TeamId} changed concurrently; retrying")]
    private static partial void LogConflict(ILogger logger, string teamId);
}
