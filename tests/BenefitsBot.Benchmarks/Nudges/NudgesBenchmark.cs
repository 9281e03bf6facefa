using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using BenefitsBot.Hosting;
using BenefitsBot.Nudges;
using BenefitsBot.Protocol.Connector;
using BenefitsBot.Storage.Postgres;
using BenefitsBot.Storage.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace BenefitsBot.Benchmarks.Nudges;

/// <summary>
/// <c>nudges [--tenants 10000] [--store sqlite|postgres]</c>: plans every tenant's due nudges, then sends them to a loopback
/// connector through the real sender, connector client and rate limiter. Prints plan time, send rate against the configured
/// per-tenant and per-conversation limits, and memory. Asserts nothing.
/// </summary>
internal static class NudgesBenchmark
{
    public static async Task RunAsync(TextWriter output, IReadOnlyList<string> arguments)
    {
        var tenants = int.Parse(Option(arguments, "--tenants", "10000"), CultureInfo.InvariantCulture);
        var store = Option(arguments, "--store", "sqlite");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await using var sink = await NudgeSink.StartAsync();
        var directory = Directory.CreateTempSubdirectory("benefitsbot-nudges-bench-");
        var schema = "bench_" + Guid.NewGuid().ToString("N");
        try
        {
            var settings = store == "postgres" ? await PostgresSettingsAsync(schema) : SqliteSettings(directory);
            settings["Nudges:SendConcurrency"] = Option(arguments, "--concurrency", "128");
            var departures = new ConcurrentQueue<SinkCall>();
            await using var services = Services(settings, departures);
            var generator = new TenantGenerator(sink.ServiceUrl, today, store == "postgres");
            generator.Generate(tenants);
            var seed = Stopwatch.StartNew();
            await generator.WriteAsync(Opener(services));
            output.WriteLine($"nudges: {tenants:N0} tenants + 1 large, {generator.Records:N0} records on {store}, seeded in {seed.Elapsed.TotalSeconds:F1} s; {Environment.ProcessorCount} cores, load average {LoadAverage()}");

            await PlanAsync(output, services);
            await SendAsync(output, services, sink, departures);
        }
        finally
        {
            directory.Delete(recursive: true);
            if (store == "postgres")
            {
                await DropSchemaAsync(schema);
            }
        }
    }

    private static async Task PlanAsync(TextWriter output, IServiceProvider services)
    {
        var planning = services.GetRequiredService<NudgePlanning>();
        var allocated = GC.GetTotalAllocatedBytes();
        var watch = Stopwatch.StartNew();
        var first = await planning.PlanAllAsync(CancellationToken.None);
        var firstTime = watch.Elapsed;
        var firstAllocated = GC.GetTotalAllocatedBytes() - allocated;
        watch.Restart();
        var again = await planning.PlanAllAsync(CancellationToken.None);
        output.WriteLine($"plan: {first.Tenants:N0} tenants read, {first.Due:N0} nudges due, {first.Inserted:N0} queued in {firstTime.TotalMilliseconds:F0} ms ({first.Tenants / firstTime.TotalSeconds:N0} tenants/s, {firstAllocated / 1048576.0:F0} MB allocated)");
        output.WriteLine($"plan again (idempotent): {again.Due:N0} due, {again.Inserted:N0} new in {watch.Elapsed.TotalMilliseconds:F0} ms");
    }

    private static async Task SendAsync(TextWriter output, IServiceProvider services, NudgeSink sink, ConcurrentQueue<SinkCall> departures)
    {
        var sender = services.GetRequiredService<NudgeSender>();
        var watch = Stopwatch.StartNew();
        var sent = await sender.SendDueAsync(CancellationToken.None);
        var elapsed = watch.Elapsed;
        var calls = sink.Calls.ToList();
        output.WriteLine($"send: {sent:N0} nudges in {elapsed.TotalSeconds:F1} s ({sent / elapsed.TotalSeconds:N0} nudges/s), {calls.Count:N0} connector calls ({calls.Count(c => c.Kind == SinkCallKind.CreateThread):N0} threads, {calls.Count(c => c.Kind == SinkCallKind.CreateChat):N0} 1:1 chats created, {calls.Count(c => c.Kind == SinkCallKind.Send):N0} 1:1 sends)");

        var connector = services.GetRequiredService<IOptions<ConnectorOptions>>().Value;
        output.WriteLine($"configured: SendConcurrency {services.GetRequiredService<IOptions<NudgeOptions>>().Value.SendConcurrency}; figures as the calls left the client (after the rate limiter) | as they arrived at the sink");
        ReportRates(output, connector, [.. departures], calls);
        using var process = Process.GetCurrentProcess();
        output.WriteLine($"memory: peak working set {process.PeakWorkingSet64 / 1048576.0:F0} MB, managed heap now {GC.GetTotalMemory(forceFullCollection: true) / 1048576.0:F0} MB, {GC.GetTotalAllocatedBytes() / 1048576.0:F0} MB allocated in total");
    }

    private static void ReportRates(TextWriter output, ConnectorOptions connector, IReadOnlyList<SinkCall> left, IReadOnlyList<SinkCall> arrived)
    {
        IReadOnlyList<RateLimitWindow> tenantLimits = connector.TenantRateLimits is { Count: > 0 } t ? [.. t] : ConnectorOptions.DefaultTenantLimits;
        IReadOnlyList<RateLimitWindow> conversationLimits = connector.ConversationRateLimits is { Count: > 0 } c ? [.. c] : ConnectorOptions.TeamsConversationLimits;
        static int Worst(IEnumerable<SinkCall> calls, Func<SinkCall, string> key, TimeSpan span) =>
            calls.GroupBy(key).Max(g => RateWindow.MaxInAnySpan(g.Select(x => x.Timestamp), span));
        foreach (var limit in tenantLimits)
        {
            output.WriteLine($"per tenant, limit {limit.PermitLimit} per {limit.Window.TotalSeconds:F0} s: busiest tenant at most {Worst(left, x => x.Tenant, limit.Window)} | {Worst(arrived, x => x.Tenant, limit.Window)} in any {limit.Window.TotalSeconds:F0} s");
        }

        var perSecond = tenantLimits.Min(l => l.PermitLimit / l.Window.TotalSeconds);
        double Large(IEnumerable<SinkCall> calls) => RateWindow.SustainedRate([.. calls.Where(x => x.Tenant == TenantGenerator.LargeTenant).Select(x => x.Timestamp)]);
        output.WriteLine($"large tenant: {arrived.Count(x => x.Tenant == TenantGenerator.LargeTenant)} calls, sustained {Large(left):F1} | {Large(arrived):F1} calls/s vs {perSecond:F0}/s configured ({100 * Large(left) / perSecond:F0} % of the limit)");
        foreach (var limit in conversationLimits.Where(l => l.Window <= TimeSpan.FromMinutes(1)))
        {
            output.WriteLine($"per conversation, limit {limit.PermitLimit} per {limit.Window.TotalSeconds:F0} s: busiest channel/chat at most {Worst(left, x => x.Key, limit.Window)} | {Worst(arrived, x => x.Key, limit.Window)}");
        }
    }

    private static ServiceProvider Services(Dictionary<string, string?> settings, ConcurrentQueue<SinkCall> departures)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var environment = new HostingEnvironment { EnvironmentName = Environments.Production, ContentRootPath = Path.GetTempPath() };
        var services = new ServiceCollection()
            .AddLogging(logging => logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Error))
            .AddSingleton(TimeProvider.System)
            .AddBotConnector(configuration);
        services.AddHttpClient(ConnectorOptions.HttpClientName).AddHttpMessageHandler(() => new DepartureRecorder(departures));
        services
            .AddSingleton<IConnectorCredentials>(new AllowListedConnectorCredentials(_ => ValueTask.FromResult<string?>(null), _ => true))
            .AddBotStorage(configuration, environment)
            .AddNudges(configuration);
        return services.BuildServiceProvider();
    }

    private static Func<CancellationToken, Task<System.Data.Common.DbConnection>> Opener(IServiceProvider services) =>
        services.GetService<PostgresDatabase>() is { } postgres
            ? async ct => await postgres.OpenAsync(ct)
            : async ct => await services.GetRequiredService<SqliteDatabase>().OpenAsync(ct);

    private static Dictionary<string, string?> SqliteSettings(DirectoryInfo directory) =>
        new() { ["Storage:Sqlite:ConnectionString"] = $"Data Source={Path.Combine(directory.FullName, "bench.db")}" };

    private static async Task<Dictionary<string, string?>> PostgresSettingsAsync(string schema)
    {
        var server = PostgresServer();
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
        await create.ExecuteNonQueryAsync();
        return new()
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:Postgres:ConnectionString"] = new NpgsqlConnectionStringBuilder(server) { SearchPath = schema }.ConnectionString,
        };
    }

    private static async Task DropSchemaAsync(string schema)
    {
        await using var connection = new NpgsqlConnection(PostgresServer());
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {schema} CASCADE", connection);
        await drop.ExecuteNonQueryAsync();
    }

    private static string PostgresServer() =>
        Environment.GetEnvironmentVariable("BENEFITSBOT_TEST_POSTGRES")
        ?? throw new InvalidOperationException("--store postgres needs BENEFITSBOT_TEST_POSTGRES (source tests/setup-postgres.sh).");

    private static string Option(IReadOnlyList<string> arguments, string name, string fallback)
    {
        var index = arguments.ToList().IndexOf(name);
        return index >= 0 && index + 1 < arguments.Count ? arguments[index + 1] : fallback;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
