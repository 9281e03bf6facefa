using BenefitsBot.Hosting;
using BenefitsBot.Storage;
using BenefitsBot.Storage.Knowledge;
using BenefitsBot.Storage.Postgres;
using BenefitsBot.Storage.Relational;
using BenefitsBot.Storage.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;

namespace BenefitsBot.Tests.Storage;

public sealed class StorageServicesTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var environment = new HostingEnvironment { EnvironmentName = Environments.Development, ContentRootPath = Path.GetTempPath() };
        return new ServiceCollection().AddBotStorage(configuration, environment).BuildServiceProvider();
    }

    [Fact]
    public void AddBotStorage_NoProvider_UsesEmbeddedSqlite()
    {
        using var services = Build(new() { ["Storage:Sqlite:ConnectionString"] = "Data Source=:memory:" });

        Assert.IsType<SqliteDatabase>(services.GetRequiredService<RelationalDatabase>());
        Assert.Same(services.GetRequiredService<RelationalDatabase>(), services.GetRequiredService<IStoreProbe>());
        AssertSharedStores(services);
    }

    [Fact]
    public void AddBotStorage_PostgresProvider_UsesPostgresStores()
    {
        using var services = Build(new() { ["Storage:Provider"] = "Postgres", ["Storage:Postgres:ConnectionString"] = "Host=127.0.0.1;Username=x" });

        Assert.IsType<PostgresDatabase>(services.GetRequiredService<RelationalDatabase>());
        Assert.Same(services.GetRequiredService<RelationalDatabase>(), services.GetRequiredService<IStoreProbe>());
        AssertSharedStores(services);
    }

    /// <summary>The same stores over either database (one SQL path).</summary>
    private static void AssertSharedStores(ServiceProvider services)
    {
        Assert.IsType<SqlConversationReferenceStore>(services.GetRequiredService<IConversationReferenceStore>());
        Assert.IsType<SqlFeedbackStore>(services.GetRequiredService<IFeedbackStore>());
        Assert.IsType<SqlTenantRecordStore>(services.GetRequiredService<BenefitsBot.Storage.Tenants.ITenantRecordStore>());
        Assert.IsType<SqlAuditLog>(services.GetRequiredService<BenefitsBot.Storage.Audit.IAuditLog>());
        Assert.IsType<SqlTenantKnowledgeStore>(services.GetRequiredService<ITenantKnowledgeStore>());
    }

    [Fact]
    public void AddBotStorage_PostgresWithoutConnectionString_FailsNamingTheSetting()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Build(new() { ["Storage:Provider"] = "Postgres" }));

        Assert.Contains("Storage:Postgres:ConnectionString", error.Message, StringComparison.Ordinal);
    }
}
