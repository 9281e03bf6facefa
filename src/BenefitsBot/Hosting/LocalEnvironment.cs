namespace BenefitsBot.Hosting;

/// <summary>
/// A Debug build (what <c>dotnet run</c> builds) runs in Development unless ASPNETCORE_ENVIRONMENT, DOTNET_ENVIRONMENT or
/// <c>--environment</c> names another; a Release build (what <c>dotnet publish</c> builds) keeps the host's Production.
/// It stands in for a launch profile: with <c>Properties/launchSettings.json</c> present, <c>dotnet run</c> writes "Using
/// launch settings from …" to stdout ahead of a command's own output, and <c>ask --batch --json | jq</c> breaks.
/// </summary>
internal static class LocalEnvironment
{
    public static string[] WithDefault(string[] args) => WithDefault(args, BuildDefault(), Environment.GetEnvironmentVariable);

    /// <summary>The arguments with <c>--environment=</c><paramref name="buildDefault"/> added where nothing names an environment.</summary>
    public static string[] WithDefault(string[] args, string? buildDefault, Func<string, string?> variable)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(variable);
        var named = !string.IsNullOrEmpty(variable("ASPNETCORE_ENVIRONMENT")) || !string.IsNullOrEmpty(variable("DOTNET_ENVIRONMENT"))
            || args.Any(arg => arg.TrimStart('-', '/').StartsWith("environment", StringComparison.OrdinalIgnoreCase));
        return buildDefault is null || named ? args : [.. args, $"--environment={buildDefault}"];
    }

    private static string? BuildDefault()
    {
#if DEBUG
        return Environments.Development;
#else
        return null;
#endif
    }
}
