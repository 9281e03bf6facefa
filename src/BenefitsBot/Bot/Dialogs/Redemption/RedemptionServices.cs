using BenefitsBot.Bot.Actions;
using BenefitsBot.Bot.Dialogs.Assignment;
using BenefitsBot.Bot.Dialogs.Users;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BenefitsBot.Bot.Dialogs.Redemption;

public static class RedemptionServices
{
    /// <summary>The redemption and license assignment dialogs (commands, buttons), with the user picker they share.</summary>
    public static IServiceCollection AddRedemptionDialogs(this IServiceCollection services)
    {
        services.AddUserPicker();
        services.TryAddEnumerable(
        [
            ServiceDescriptor.Singleton<IBenefitRedeemer, SoftwareKeyRedeemer>(),
            ServiceDescriptor.Singleton<IBenefitRedeemer, CloudSubscriptionRedeemer>(),
            ServiceDescriptor.Singleton<IBenefitRedeemer, AzureCreditRedeemer>(),
            ServiceDescriptor.Singleton<IBenefitRedeemer, VisualStudioRedeemer>(),
            ServiceDescriptor.Singleton<IBenefitRedeemer, TechnicalBenefitRedeemer>(),
            ServiceDescriptor.Singleton<IBenefitRedeemer, GoToMarketRedeemer>(),
            ServiceDescriptor.Singleton<IBenefitRedeemer, MembershipCancellation>(),
        ]);
        services.AddCardFlow<RedemptionDialog>();
        return services.AddCardFlow<AssignmentDialog>();
    }
}
