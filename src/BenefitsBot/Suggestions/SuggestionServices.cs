using BenefitsBot.Bot.Actions;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BenefitsBot.Suggestions;

public static class SuggestionServices
{
    /// <summary>Suggested alternate questions: the recorder, the <c>suggestion.*</c> buttons and the "suggestions" command.</summary>
    public static IServiceCollection AddSuggestions(this IServiceCollection services)
    {
        services.TryAddSingleton<SuggestionRecorder>();
        services.TryAddSingleton<SuggestionActions>();
        return services.AddCardFlow<SuggestionActions>();
    }
}
