using System.Globalization;
using Dapper;
using static BenefitsBot.Storage.Nudges.NudgeDeliveryState;

namespace BenefitsBot.Storage.Nudges;

/// <summary>Reading outbox rows back.</summary>
public sealed partial class SqlNudgeOutbox
{
    public async Task<IReadOnlyList<NudgeDelivery>> ListRecentAsync(string tenantId, int max, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        await using var connection = await database.ConnectAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM nudge_outbox WHERE tenant_id = @tenantId ORDER BY updated_at DESC, id DESC LIMIT @max",
            new { tenantId, max },
            cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToDelivery())];
    }

    public async Task<NudgeDeliveryCounts> CountAsync(string tenantId, DateTimeOffset since, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        await using var connection = await database.ConnectAsync(cancellationToken);
        var rows = await connection.QueryAsync<StateCount>(new CommandDefinition(
            "SELECT state, COUNT(*) AS count FROM nudge_outbox WHERE tenant_id = @tenantId AND updated_at >= @since GROUP BY state",
            new { tenantId, since },
            cancellationToken: cancellationToken));
        var counts = rows.ToDictionary(r => StoredNudgeState.Parse(r.State), r => checked((int)r.Count));
        int Count(NudgeDeliveryState state) => counts.GetValueOrDefault(state);
        return new NudgeDeliveryCounts(Count(Pending) + Count(Sending), Count(Sent), Count(Retrying), Count(Failed), Count(Cancelled));
    }

    /// <summary>One row of <see cref="Columns"/>.</summary>
    private sealed class Row
    {
        public long Id { get; set; }

        public string TenantId { get; set; } = string.Empty;

        public string SubjectId { get; set; } = string.Empty;

        public string Kind { get; set; } = string.Empty;

        public string Series { get; set; } = string.Empty;

        public string DueDate { get; set; } = string.Empty;

        public string EventDate { get; set; } = string.Empty;

        public string? RecipientId { get; set; }

        public string? OfferId { get; set; }

        public string State { get; set; } = string.Empty;

        public long Attempts { get; set; }

        public DateTimeOffset NextAttemptAt { get; set; }

        public string? LeaseOwner { get; set; }

        public DateTimeOffset? LeaseUntil { get; set; }

        public string? ConversationId { get; set; }

        public string? ActivityId { get; set; }

        public string? LastError { get; set; }

        public DateTimeOffset UpdatedAt { get; set; }

        public NudgeDelivery ToDelivery() => new(
            Id,
            new PlannedNudge(TenantId, SubjectId, Enum.Parse<NudgeKind>(Kind), Series, Day(DueDate), Day(EventDate), RecipientId, OfferId),
            StoredNudgeState.Parse(State),
            checked((int)Attempts),
            NextAttemptAt,
            LeaseOwner,
            LeaseUntil,
            ConversationId,
            ActivityId,
            LastError,
            UpdatedAt);

        private static DateOnly Day(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    private sealed class StateCount
    {
        public string State { get; set; } = string.Empty;

        public long Count { get; set; }
    }
}
