using BenefitsBot.Bot;
using BenefitsBot.Protocol.Hosting;
using BenefitsBot.Storage;
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
        return services;
    }

    private static IServiceCollection AddBotStorage(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var connectionString = configuration["Storage:Sqlite:ConnectionString"]
            ?? $"Data Source={Path.Combine(environment.ContentRootPath, "App_Data", "benefitsbot.db")}";
        services.TryAddSingleton(new SqliteDatabase(connectionString));
        services.TryAddSingleton<IConversationReferenceStore, SqliteConversationReferenceStore>();
        services.TryAddSingleton<IFeedbackStore, SqliteFeedbackStore>();
        return services;
    }
}
