using BenefitsBot.Bot.Actions;
using BenefitsBot.Storage.Questions;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BenefitsBot.Reporting;

public static class ReportingServices
{
    /// <summary>The question log on the configured store, the report and its "report" command; nudge figures come from the nudge outbox (<c>AddNudges</c>).</summary>
    public static IServiceCollection AddReporting(this IServiceCollection services)
    {
        // On the store AddBotStorage chose.
        services.TryAddSingleton<IQuestionLog, SqlQuestionLog>();
        services.TryAddSingleton<AdminReportBuilder>();
        return services.AddCardFlow<ReportChatCommand>();
    }
}
