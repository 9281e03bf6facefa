using Npgsql;

namespace BenefitsBot.Tests.Hosting;

/// <summary>The scale-out store: the test PostgreSQL server (BENEFITSBOT_TEST_POSTGRES), a fresh schema per fixture.</summary>
public sealed class PostgresAdminBotApp : AdminBotApp
{
    protected override async Task<IReadOnlyDictionary<string, string?>> CreateStoreSettingsAsync(string dataDirectory)
    {
        var server = Environment.GetEnvironmentVariable("BENEFITSBOT_TEST_POSTGRES")
            ?? throw new InvalidOperationException("No PostgreSQL server: run `bash tests/run.sh` or set BENEFITSBOT_TEST_POSTGRES.");
        var schema = "app_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
            await create.ExecuteNonQueryAsync();
        }

        return new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:Postgres:ConnectionString"] = new NpgsqlConnectionStringBuilder(server) { SearchPath = schema }.ConnectionString,
        };
    }
}
