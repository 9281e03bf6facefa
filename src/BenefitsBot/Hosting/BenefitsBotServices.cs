using BenefitsBot.Answering;
using BenefitsBot.Bot;
using BenefitsBot.Bot.Actions;
using BenefitsBot.Bot.Bookkeeping;
using BenefitsBot.Bot.Dialogs;
using BenefitsBot.Bot.Dialogs.Redemption;
using BenefitsBot.Domain.Dates;
using BenefitsBot.Domain.Knowledge;
using BenefitsBot.Domain.Rules;
using BenefitsBot.Escalation;
using BenefitsBot.Evaluation;
using BenefitsBot.Graph;
using BenefitsBot.Knowledge;
using BenefitsBot.Nudges;
using BenefitsBot.Protocol.Hosting;
using BenefitsBot.Reporting;
using BenefitsBot.Suggestions;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BenefitsBot.Hosting;

public static class BenefitsBotServices
{
    /// <summary>Everything the bot needs: channel protocol, storage, bot logic. Embedded defaults need no Azure.</summary>
    public static IServiceCollection AddBenefitsBot(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        services.AddBotProtocol<BenefitsBotHandler>(configuration, allowAnonymous: environment.IsDevelopment());
        services.TryAddSingleton(TimeProvider.System);
        services.AddBotStorage(configuration, environment);
        services.AddTurnBookkeeping(configuration);
        services.AddAnswering(configuration, environment);
        services.AddTenantDirectory(configuration, allowSampleDirectory: environment.IsDevelopment());
        services.TryAddSingleton<Cards.SampleDataNotice>();
        services.AddBotActions();
        services.AddAdminDialogs();
        services.AddRedemptionDialogs();
        services.AddNudges(configuration);
        services.AddEscalation();
        services.AddSuggestions();
        services.AddReporting();
        return services;
    }

    /// <summary>The folder for the bot's own files (SQLite database, imported articles); <c>DataDirectory</c> setting, else App_Data under the content root.</summary>
    public static string DataDirectory(IConfiguration configuration, IHostEnvironment environment) =>
        configuration["DataDirectory"] is { Length: > 0 } configured ? configured : Path.Combine(environment.ContentRootPath, "App_Data");

    private static IServiceCollection AddAnswering(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.TryAddSingleton(new ArticleLibrary(ShippedContent.ArticlesFolder, Path.Combine(DataDirectory(configuration, environment), "imported-articles")));
        services.TryAddSingleton(sp => new KnowledgeBaseStore(sp.GetRequiredService<ArticleLibrary>().Load()));
        services.TryAddSingleton<DateRecognizer>();
        services.TryAddSingleton<RuleQuestionInterpreter>();
        services.TryAddSingleton<BenefitRules>();
        services.AddOptions<KnowledgeOptions>()
            .Bind(configuration.GetSection(KnowledgeOptions.SectionName))
            .Validate(o => o.TenantAnswerers > 0, "Knowledge:TenantAnswerers must be at least 1.")
            .ValidateOnStart();
        services.TryAddSingleton<TenantAnswerers>();
        services.TryAddSingleton<QuestionAnswerer>();
        services.AddHostedService<KnowledgeBaseWatcher>();
        services.AddHostedService<AnsweringWarmUp>();
        return services;
    }
}
