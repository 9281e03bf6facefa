using BenefitsBot.Bot;
using BenefitsBot.Bot.Actions;
using BenefitsBot.Nudges.Settings;
using BenefitsBot.Storage.Nudges;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BenefitsBot.Nudges;

public static class NudgeServices
{
    /// <summary>Team registry, outbox (on the configured store), planner, sender and the background worker (unless <c>Nudges:Enabled=false</c>).</summary>
    public static IServiceCollection AddNudges(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<NudgeOptions>()
            .Bind(configuration.GetSection(NudgeOptions.SectionName))
            .Validate(o => o.TickInterval > TimeSpan.Zero && o.Lease > TimeSpan.Zero && o.BatchSize > 0 && o.SendConcurrency > 0 && o.MaxAttempts > 0, "Nudge settings are out of range.")
            .ValidateOnStart();
        services.TryAddSingleton<SqlNudgeOutbox>();
        services.TryAddSingleton<INudgeOutbox>(sp => sp.GetRequiredService<SqlNudgeOutbox>());
        services.TryAddSingleton<INudgeSources>(sp => sp.GetRequiredService<SqlNudgeOutbox>());
        services.TryAddSingleton<ITeamRegistry, TeamRegistry>();
        services.TryAddSingleton<NudgePoster>();
        services.TryAddSingleton<NudgeSender>();
        services.TryAddSingleton<NudgePlanning>();
        services.TryAddSingleton<NudgeWorker>();
        services.TryAddSingleton<NudgeSettingsPage>();
        services.TryAddSingleton<NudgeSettingsActions>();
        services.AddCardFlow<NudgeSettingsActions>();
        services.AddHostedService(sp => sp.GetRequiredService<NudgeWorker>());
        return services;
    }
}
