using BenefitsBot.Bot.Actions;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BenefitsBot.Escalation;

public static class EscalationServices
{
    /// <summary>Tickets to the admins' channel: the <c>ticket.*</c> buttons, the "tickets here" command and their helpers.</summary>
    public static IServiceCollection AddEscalation(this IServiceCollection services)
    {
        services.TryAddSingleton<TicketChannelPoster>();
        services.TryAddSingleton<AskerNotifier>();
        services.TryAddSingleton<KnowledgeContribution>();
        return services.AddCardFlow<TicketActions>();
    }
}
