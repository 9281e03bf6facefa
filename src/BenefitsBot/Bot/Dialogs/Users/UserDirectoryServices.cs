using BenefitsBot.Bot.Actions;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BenefitsBot.Bot.Dialogs.Users;

public static class UserDirectoryServices
{
    /// <summary>The <c>graph.users</c> typeahead and the typed-name lookup behind every user picker.</summary>
    public static IServiceCollection AddUserPicker(this IServiceCollection services)
    {
        services.TryAddSingleton<DirectoryUserLookup>();
        return services.AddChoiceSearch<GraphUserSearch>();
    }
}
