using BenefitsBot.Storage;
using BenefitsBot.Storage.Audit;
using BenefitsBot.Storage.Knowledge;
using BenefitsBot.Storage.Tenants;
using BenefitsBot.Storage.Postgres;
using BenefitsBot.Storage.Relational;
using BenefitsBot.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BenefitsBot.Hosting;

public static class StorageServices
{
    /// <summary>SQLite, the embedded default, or PostgreSQL (<c>Storage:Provider=Postgres</c>) for several instances behind a load balancer.</summary>
    public static IServiceCollection AddBotStorage(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        if (string.Equals(configuration["Storage:Provider"], "Postgres", StringComparison.OrdinalIgnoreCase))
        {
            var postgres = configuration["Storage:Postgres:ConnectionString"]
                ?? throw new InvalidOperationException("Storage:Provider is Postgres but Storage:Postgres:ConnectionString is not set.");
            services.TryAddSingleton(sp => new PostgresDatabase(postgres, sp.GetService<TimeProvider>()));
            services.TryAddSingleton<RelationalDatabase>(sp => sp.GetRequiredService<PostgresDatabase>());
        }
        else
        {
            var sqlite = configuration["Storage:Sqlite:ConnectionString"]
                ?? $"Data Source={Path.Combine(BenefitsBotServices.DataDirectory(configuration, environment), "benefitsbot.db")}";
            services.TryAddSingleton(sp => new SqliteDatabase(sqlite, sp.GetService<TimeProvider>()));
            services.TryAddSingleton<RelationalDatabase>(sp => sp.GetRequiredService<SqliteDatabase>());
        }

        // One SQL path: the same stores over either database.
        services.TryAddSingleton<IStoreProbe>(sp => sp.GetRequiredService<RelationalDatabase>());
        services.TryAddSingleton<IConversationReferenceStore, SqlConversationReferenceStore>();
        services.TryAddSingleton<IFeedbackStore, SqlFeedbackStore>();
        services.TryAddSingleton<ITenantRecordStore, SqlTenantRecordStore>();
        services.TryAddSingleton<IAuditLog, SqlAuditLog>();
        services.TryAddSingleton<ITenantKnowledgeStore, SqlTenantKnowledgeStore>();
        return services;
    }
}
