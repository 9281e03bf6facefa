using System.Data.Common;
using System.Globalization;
using BenefitsBot.Storage.Relational;

namespace BenefitsBot.Storage.Nudges;

/// <summary>Reading outbox rows back.</summary>
public abstract partial class SqlNudgeOutbox
{
    public async Task<IReadOnlyList<NudgeDelivery>> ListRecentAsync(string tenantId, int max, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, $"SELECT {Columns} FROM nudge_outbox WHERE tenant_id = @tenant ORDER BY updated_at DESC, id DESC LIMIT @max");
        command.AddParameter("tenant", tenantId);
        command.AddParameter("max", max);
        return await ReadAllAsync(command, cancellationToken);
    }

    public async Task<NudgeDeliveryCounts> CountAsync(string tenantId, DateTimeOffset since, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, "SELECT state, COUNT(*) FROM nudge_outbox WHERE tenant_id = @tenant AND updated_at >= @since GROUP BY state");
        command.AddParameter("tenant", tenantId);
        command.AddParameter("since", since.ToUnixTimeMilliseconds());
        var counts = new Dictionary<NudgeDeliveryState, int>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            counts[ParseState(reader.GetString(0))] = Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture);
        }

        int Count(NudgeDeliveryState state) => counts.GetValueOrDefault(state);
        return new NudgeDeliveryCounts(Count(NudgeDeliveryState.Pending) + Count(NudgeDeliveryState.Sending), Count(NudgeDeliveryState.Sent), Count(NudgeDeliveryState.Retrying), Count(NudgeDeliveryState.Failed), Count(NudgeDeliveryState.Cancelled));
    }

    private static async Task<List<NudgeDelivery>> ReadAllAsync(DbCommand command, CancellationToken cancellationToken)
    {
        var rows = new List<NudgeDelivery>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(Read(reader));
        }

        return rows;
    }

    // Column order as in Columns.
    private static NudgeDelivery Read(DbDataReader reader) => new(
        reader.GetInt64(0),
        new PlannedNudge(
            reader.GetString(1),
            reader.GetString(2),
            Enum.Parse<NudgeKind>(reader.GetString(3)),
            reader.GetString(4),
            DateOnly.ParseExact(reader.GetString(5), "yyyy-MM-dd", CultureInfo.InvariantCulture),
            DateOnly.ParseExact(reader.GetString(6), "yyyy-MM-dd", CultureInfo.InvariantCulture),
            NullableString(reader, 7),
            NullableString(reader, 8)),
        ParseState(reader.GetString(9)),
        Convert.ToInt32(reader.GetValue(10), CultureInfo.InvariantCulture),
        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(11)),
        NullableString(reader, 12),
        reader.IsDBNull(13) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(13)),
        NullableString(reader, 14),
        NullableString(reader, 15),
        NullableString(reader, 16),
        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(17)));

    private static string? NullableString(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static NudgeDeliveryState ParseState(string state) => Enum.Parse<NudgeDeliveryState>(state, ignoreCase: true);
}
