using BenefitsBot.Bot.Dialogs.Common;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BenefitsBot.Bot.Dialogs;

public static class DialogServices
{
    /// <summary>The dialog scaffolding (typed state, date fields) and the setup, renewal and self-service dialogs.</summary>
    public static IServiceCollection AddAdminDialogs(this IServiceCollection services)
    {
        services.TryAddSingleton<DialogSessions>();
        services.TryAddSingleton<DateFieldReader>();
        return services;
    }
}
