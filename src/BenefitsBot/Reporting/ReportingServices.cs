using BenefitsBot.Bot.Actions;
using BenefitsBot.Storage.Postgres;
using BenefitsBot.Storage.Questions;
using BenefitsBot.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BenefitsBot.Reporting;

public static class ReportingServices
{
    /// <summary>The question log on the configured store, the report and its "report" command; nudge figures come from the nudge outbox (<c>AddNudges</c>).</summary>
    public static IServiceCollection AddReporting(this IServiceCollection services)
    {
        // Follows the store AddBotStorage chose: PostgresDatabase is registered only for Storage:Provider=Postgres.
        services.TryAddSingleton<IQuestionLog>(sp => sp.GetService<PostgresDatabase>() is { } postgres
            ? new PostgresQuestionLog(postgres)
            : new SqliteQuestionLog(sp.GetRequiredService<SqliteDatabase>()));
        services.TryAddSingleton<AdminReportBuilder>();
        return services.AddCardFlow<ReportChatCommand>();
    }
}
