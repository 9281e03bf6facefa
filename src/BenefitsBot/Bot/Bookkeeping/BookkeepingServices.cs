using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BenefitsBot.Bot.Bookkeeping;

public static class BookkeepingServices
{
    /// <summary>The turn's bookkeeping after the reply, with its background retries (<see cref="TurnBookkeeping"/>).</summary>
    public static IServiceCollection AddTurnBookkeeping(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<BookkeepingOptions>()
            .Bind(configuration.GetSection(BookkeepingOptions.SectionName))
            .Validate(o => o.Wait >= TimeSpan.Zero && o.RetryDelay > TimeSpan.Zero && o.MaxRetryDelay >= o.RetryDelay && o.MaxAttempts > 0 && o.MaxQueued > 0, "Storage:Bookkeeping settings are out of range.")
            .ValidateOnStart();
        services.TryAddSingleton<TurnBookkeeping>();
        services.AddHostedService(sp => sp.GetRequiredService<TurnBookkeeping>());
        return services;
    }
}
