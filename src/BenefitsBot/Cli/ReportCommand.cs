using System.Globalization;
using System.Text.Json.Nodes;
using BenefitsBot.Reporting;
using Microsoft.Extensions.DependencyInjection;

namespace BenefitsBot.Cli;

/// <summary><c>report [--tenant ID] [--since YYYY-MM-DD] [--json] [--data DIR]</c>: the admin report from the configured store, per tenant.</summary>
internal static class ReportCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var options = CommandOptions.Parse(args, "--tenant", "--since", "--json", "--data");
        await using var app = BotServices.Build(options.GetValueOrDefault("--data"));
        var since = options.GetValueOrDefault("--since") is { } given
            ? DateOnly.TryParseExact(given, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? date
                : throw new CommandLineException($"--since must be a date as YYYY-MM-DD, not '{given}'.")
            : DateOnly.FromDateTime(app.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime).AddDays(-ReportChatCommand.DefaultDays);
        var reports = app.Services.GetRequiredService<AdminReportBuilder>();
        IReadOnlyList<string> tenants = options.GetValueOrDefault("--tenant") is { Length: > 0 } tenant ? [tenant] : await reports.TenantsAsync(since, CancellationToken.None);
        var built = new List<AdminReport>();
        foreach (var id in tenants)
        {
            built.Add(await reports.BuildAsync(id, since, CancellationToken.None));
        }

        if (options.ContainsKey("--json"))
        {
            var json = new JsonObject
            {
                ["since"] = since.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["tenants"] = new JsonArray([.. built.Select(r => (JsonNode)ReportText.Json(r))]),
            };
            await output.WriteLineAsync(json.ToJsonString());
            return 0;
        }

        if (built.Count == 0)
        {
            await output.WriteLineAsync($"No questions since {since:yyyy-MM-dd}.");
        }

        foreach (var report in built)
        {
            await output.WriteAsync(ReportText.Format(report));
        }

        return 0;
    }
}
