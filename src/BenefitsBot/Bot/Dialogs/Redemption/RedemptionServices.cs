using BenefitsBot.Bot.Dialogs.Users;

namespace BenefitsBot.Bot.Dialogs.Redemption;

public static class RedemptionServices
{
    /// <summary>The redemption and license assignment dialogs, with the user picker they share.</summary>
    public static IServiceCollection AddRedemptionDialogs(this IServiceCollection services)
    {
        return services.AddUserPicker();
    }
}
