using System.Data;
using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;

namespace BenefitsBot.Storage.Relational;

/// <summary>
/// The one representation of an instant in both stores: UTC, whole microseconds (PostgreSQL's <c>timestamptz</c> precision).
/// PostgreSQL keeps it as <c>timestamptz</c>; SQLite, which has no timestamp type, as fixed-width ISO-8601 text, so that its
/// string comparison orders instants. Every <see cref="DateTimeOffset"/> Dapper binds or reads goes through this handler.
/// </summary>
internal sealed class StoredTime : SqlMapper.TypeHandler<DateTimeOffset>
{
    /// <summary>Fixed-width UTC text for SQLite, e.g. <c>2026-03-01T12:00:00.000000Z</c>.</summary>
    public const string SqliteFormat = "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'ffffff'Z'";

    private static readonly Lock Sync = new();
    private static bool registered;

    public static DateTimeOffset Truncate(DateTimeOffset at)
    {
        var utc = at.ToUniversalTime();
        return utc.AddTicks(-(utc.Ticks % (TimeSpan.TicksPerMillisecond / 1000)));
    }

    public static string ToSqliteText(DateTimeOffset at) => Truncate(at).ToString(SqliteFormat, CultureInfo.InvariantCulture);

    /// <summary>
    /// Makes Dapper use this handler (and match snake_case columns to properties). Dapper's built-in mapping of
    /// <see cref="DateTimeOffset"/> wins over handlers, so it is removed first (DapperLib/Dapper#206).
    /// </summary>
    public static void Register()
    {
        lock (Sync)
        {
            if (registered)
            {
                return;
            }

            SqlMapper.RemoveTypeMap(typeof(DateTimeOffset));
            SqlMapper.RemoveTypeMap(typeof(DateTimeOffset?));
            SqlMapper.AddTypeHandler(new StoredTime());
            DefaultTypeMap.MatchNamesWithUnderscores = true;
            registered = true;
        }
    }

    public override void SetValue(IDbDataParameter parameter, DateTimeOffset value)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        if (parameter is SqliteParameter)
        {
            parameter.DbType = DbType.String;
            parameter.Value = ToSqliteText(value);
        }
        else
        {
            parameter.DbType = DbType.DateTimeOffset;
            parameter.Value = Truncate(value);
        }
    }

    public override DateTimeOffset Parse(object value) => value switch
    {
        string text => DateTimeOffset.ParseExact(text, SqliteFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
        DateTime time => new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Utc)),
        DateTimeOffset offset => offset.ToUniversalTime(),
        _ => throw new InvalidCastException($"A stored time of type {value?.GetType().Name ?? "null"}."),
    };
}
