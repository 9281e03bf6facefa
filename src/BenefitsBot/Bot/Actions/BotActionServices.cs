using BenefitsBot.Bot.Access;
using BenefitsBot.Bot.Dialogs;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BenefitsBot.Bot.Actions;

public static class BotActionServices
{
    /// <summary>Routing of card buttons, commands and typeahead; the role gate and dialog state; the FAQ card's own buttons.</summary>
    public static IServiceCollection AddBotActions(this IServiceCollection services)
    {
        services.TryAddSingleton<CardActionRouter>();
        services.TryAddSingleton<CommandRouter>();
        services.TryAddSingleton<ChoiceSearchRouter>();
        services.TryAddSingleton<IAdminGate, AdminGate>();
        services.TryAddSingleton<DialogStateStore>();
        return services.AddCardActionHandler<FaqCardActions>();
    }

    public static IServiceCollection AddCardActionHandler<T>(this IServiceCollection services)
        where T : class, ICardActionHandler
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICardActionHandler, T>());
        return services;
    }

    public static IServiceCollection AddBotCommand<T>(this IServiceCollection services)
        where T : class, IBotCommand
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IBotCommand, T>());
        return services;
    }

    public static IServiceCollection AddChoiceSearch<T>(this IServiceCollection services)
        where T : class, IChoiceSearchHandler
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IChoiceSearchHandler, T>());
        return services;
    }
}
