using BenefitsBot.Graph;
using BenefitsBot.Protocol.Authentication;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace BenefitsBot.Hosting;

/// <summary>
/// Refuses configurations that would run an open bot (anonymous mode exists only for local development) or that the bot's
/// identity settings reject, before the host starts: the operator reads a sentence, not a stack trace.
/// </summary>
public static class StartupCheck
{
    private const string SampleDirectorySetting = GraphOptions.SectionName + ":" + nameof(GraphOptions.SampleDirectory);

    /// <summary>A message for the operator when the host must not start, else null.</summary>
    public static string? FindProblem(IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        if (!environment.IsDevelopment() && SampleDirectoryRequested(configuration))
        {
            return $"BenefitsBot will not start: {SampleDirectorySetting} is on in the {environment.EnvironmentName} environment, but the "
                + "sample directory (made-up users who are admins) is for local development only. Remove the setting, or run with ASPNETCORE_ENVIRONMENT=Development.";
        }

        if (!string.IsNullOrWhiteSpace(configuration["MicrosoftAppId"]) || environment.IsDevelopment())
        {
            return configuration.FindBotAuthenticationProblems(allowAnonymous: environment.IsDevelopment()) is { Count: > 0 } problems
                ? $"BenefitsBot will not start: {string.Join(" ", problems)}"
                : null;
        }

        return $"BenefitsBot will not start in the {environment.EnvironmentName} environment without MicrosoftAppId: "
            + "anyone could then post activities to /api/messages. Set MicrosoftAppType, MicrosoftAppId, MicrosoftAppTenantId "
            + "(and MicrosoftAppPassword from user-secrets or an environment variable), or run with ASPNETCORE_ENVIRONMENT=Development for local testing.";
    }

    /// <summary>Any value but false counts as on (fail closed: "yes" or a typo must not slip through to the options binder's exception).</summary>
    private static bool SampleDirectoryRequested(IConfiguration configuration) =>
        configuration[SampleDirectorySetting] is { Length: > 0 } value && !(bool.TryParse(value, out var on) && !on);
}
