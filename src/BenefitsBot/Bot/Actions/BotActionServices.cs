using BenefitsBot.Bot.Access;
using BenefitsBot.Bot.Dialogs;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BenefitsBot.Bot.Actions;

public static class BotActionServices
{
    /// <summary>The card-flow pipeline (buttons and typed commands), typeahead, the role gate, the audit writer, dialog state; the FAQ card's own buttons.</summary>
    public static IServiceCollection AddBotActions(this IServiceCollection services)
    {
        services.TryAddSingleton<CardFlowPipeline>();
        services.TryAddSingleton<CommandMatcher>();
        services.TryAddSingleton<CardFlowAudit>();
        services.TryAddSingleton<ChoiceSearchRouter>();
        services.TryAddSingleton<IAdminGate, AdminGate>();
        services.TryAddSingleton<DialogStateStore>();
        return services.AddCardFlow<FaqCardActions>();
    }

    /// <summary>Registers a flow of buttons and commands with the pipeline.</summary>
    public static IServiceCollection AddCardFlow<T>(this IServiceCollection services)
        where T : class, ICardFlow
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICardFlow, T>());
        return services;
    }

    public static IServiceCollection AddChoiceSearch<T>(this IServiceCollection services)
        where T : class, IChoiceSearchHandler
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IChoiceSearchHandler, T>());
        return services;
    }
}
