using BenefitsBot.Nudges;
using BenefitsBot.Protocol.Activities;
using BenefitsBot.Storage.Nudges;
using BenefitsBot.Storage.Tenants;
using BenefitsBot.Testing;
using BenefitsBot.Testing.Turns;

namespace BenefitsBot.Tests.Nudges;

/// <summary>Tenants, teams and offers for the nudge tests, and counting the nudges that reached the fake connector.</summary>
internal static class NudgeScenario
{
    public const string BotId = TeamsActivities.BotId;

    public static string TeamOf(string tenantId) => $"19:team-{tenantId}@thread.tacv2";

    public static string ChannelOf(string tenantId) => $"19:renewals-{tenantId}@thread.tacv2";

    /// <summary>An installationUpdate "add" in a team's General channel, as Teams sends it when the bot is added to a team.</summary>
    public static Activity TeamInstalled(Uri serviceUrl, string tenantId, string? teamId = null)
    {
        var team = teamId ?? TeamOf(tenantId);
        return new Activity
        {
            Type = ActivityTypes.InstallationUpdate,
            Action = "add",
            Id = Guid.NewGuid().ToString("N"),
            ServiceUrl = serviceUrl.ToString(),
            ChannelId = "msteams",
            From = new ChannelAccount { Id = "29:installer", AadObjectId = "aad-installer" },
            Recipient = new ChannelAccount { Id = BotId, Name = "BenefitsBot" },
            Conversation = new ConversationAccount { Id = team, ConversationType = "channel", IsGroup = true, TenantId = tenantId },
            ChannelData = TeamsActivities.Json($$$"""{"tenant":{"id":"{{{tenantId}}}"},"team":{"id":"{{{team}}}","name":"Partner team {{{tenantId}}}"},"channel":{"id":"{{{team}}}"}}"""),
        };
    }

    /// <summary>A conversationUpdate removing the bot from the team.</summary>
    public static Activity BotRemovedFromTeam(Uri serviceUrl, string tenantId)
    {
        var activity = TeamInstalled(serviceUrl, tenantId);
        activity.Type = ActivityTypes.ConversationUpdate;
        activity.Action = null;
        activity.MembersRemoved = [new ChannelAccount { Id = BotId }];
        activity.ChannelData = TeamsActivities.Json($$$"""{"tenant":{"id":"{{{tenantId}}}"},"team":{"id":"{{{TeamOf(tenantId)}}}"},"eventType":"teamMemberRemoved"}""");
        return activity;
    }

    /// <summary>Makes the connector know the tenant's team (General + a Renewals channel) and registers it as Teams would on install.</summary>
    public static async Task InstallInTeamAsync(BotInstance instance, FakeConnectorServer connector, string tenantId)
    {
        connector.AddTeam(
            new BenefitsBot.Protocol.Connector.TeamDetails { Id = TeamOf(tenantId), Name = $"Partner team {tenantId}" },
            new BenefitsBot.Protocol.Connector.ChannelInfo { Id = TeamOf(tenantId) },
            new BenefitsBot.Protocol.Connector.ChannelInfo { Id = ChannelOf(tenantId), Name = "Renewals" });
        await instance.Teams.ObserveAsync(TeamInstalled(connector.ServiceUrl, tenantId), CancellationToken.None);
    }

    public static MembershipOffer Offer(string id, DateOnly anniversary, MembershipOfferKind kind = MembershipOfferKind.ActionPack, DateOnly? renewedAt = null) =>
        new(id, kind, kind is MembershipOfferKind.GoldCompetency or MembershipOfferKind.SilverCompetency ? "Cloud Platform" : null,
            anniversary.AddYears(-1), anniversary, MembershipOfferStatus.Active, renewedAt);

    /// <summary>Nudge activities the connector accepted, by idempotency key, in arrival order.</summary>
    public static IReadOnlyList<(string Key, RecordedRequest Request)> Delivered(FakeConnectorServer connector) =>
        [.. connector.Requests
            .Where(r => r.Succeeded && r.Activity is not null && NudgeMessage.KeyOf(r.Activity) is not null)
            .Select(r => (NudgeMessage.KeyOf(r.Activity!)!, r))];

    /// <summary>What the planner says is due for the tenant data now in the store (the expected set for "zero missing").</summary>
    public static async Task<IReadOnlyList<PlannedNudge>> ExpectedAsync(BotInstance instance, DateOnly today)
    {
        var sources = (INudgeSources)instance.Outbox;
        var expected = new List<PlannedNudge>();
        await foreach (var data in sources.ReadAllAsync(CancellationToken.None))
        {
            expected.AddRange(NudgePlanner.Plan(data, today));
        }

        return expected;
    }
}
