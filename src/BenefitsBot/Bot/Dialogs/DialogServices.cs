using BenefitsBot.Bot.Actions;
using BenefitsBot.Bot.Dialogs.Common;
using BenefitsBot.Bot.Dialogs.Renewal;
using BenefitsBot.Bot.Dialogs.SelfService;
using BenefitsBot.Bot.Dialogs.Setup;
using BenefitsBot.Bot.Dialogs.Users;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BenefitsBot.Bot.Dialogs;

public static class DialogServices
{
    /// <summary>The dialog scaffolding (typed state, date fields) and the setup, renewal and self-service dialogs.</summary>
    public static IServiceCollection AddAdminDialogs(this IServiceCollection services)
    {
        services.TryAddSingleton<DialogSessions>();
        services.TryAddSingleton<DateFieldReader>();
        services.AddUserPicker();
        services.AddCardFlow<SetupDialog>();
        services.AddCardFlow<RenewalDialog>();
        return services.AddCardFlow<SelfServiceActions>();
    }
}
