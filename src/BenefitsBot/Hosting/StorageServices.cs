using BenefitsBot.Storage;
using BenefitsBot.Storage.Audit;
using BenefitsBot.Storage.Knowledge;
using BenefitsBot.Storage.Tenants;
using BenefitsBot.Storage.Postgres;
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
            services.TryAddSingleton(new PostgresDatabase(postgres));
            services.TryAddSingleton<IStoreProbe>(sp => sp.GetRequiredService<PostgresDatabase>());
            services.TryAddSingleton<IConversationReferenceStore, PostgresConversationReferenceStore>();
            services.TryAddSingleton<IFeedbackStore, PostgresFeedbackStore>();
            services.TryAddSingleton<ITenantRecordStore, PostgresTenantRecordStore>();
            services.TryAddSingleton<IAuditLog, PostgresAuditLog>();
            services.TryAddSingleton<ITenantKnowledgeStore, PostgresTenantKnowledgeStore>();
            return services;
        }

        var sqlite = configuration["Storage:Sqlite:ConnectionString"]
            ?? $"Data Source={Path.Combine(BenefitsBotServices.DataDirectory(configuration, environment), "benefitsbot.db")}";
        services.TryAddSingleton(new SqliteDatabase(sqlite));
        services.TryAddSingleton<IStoreProbe>(sp => sp.GetRequiredService<SqliteDatabase>());
        services.TryAddSingleton<IConversationReferenceStore, SqliteConversationReferenceStore>();
        services.TryAddSingleton<IFeedbackStore, SqliteFeedbackStore>();
        services.TryAddSingleton<ITenantRecordStore, SqliteTenantRecordStore>();
        services.TryAddSingleton<IAuditLog, SqliteAuditLog>();
        services.TryAddSingleton<ITenantKnowledgeStore, SqliteTenantKnowledgeStore>();
        return services;
    }
}
