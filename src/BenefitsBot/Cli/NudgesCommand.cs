using System.Globalization;
using BenefitsBot.Nudges;
using BenefitsBot.Storage.Nudges;
using BenefitsBot.Storage.Tenants;
using Microsoft.Extensions.DependencyInjection;

namespace BenefitsBot.Cli;

/// <summary>
/// <c>nudges offer --purchase-date D [--tenant T] [--offer ID]</c> records a membership offer (for trying nudges locally, e.g.
/// in the Agents Playground); <c>nudges plan [--date D]</c> prints what is due; <c>nudges status [--tenant T]</c> the outbox.
/// </summary>
internal static class NudgesCommand
{
    private const string Usage = "Usage: nudges offer --purchase-date YYYY-MM-DD [--tenant ID] [--offer ID] [--data DIR] | nudges plan [--date YYYY-MM-DD] [--data DIR] | nudges status [--tenant ID] [--data DIR]";

    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var options = CommandOptions.Parse(args.Length > 0 ? args[1..] : [], "--purchase-date", "--tenant", "--offer", "--date", "--data");
        await using var app = BotServices.Build(options.GetValueOrDefault("--data"));
        var sources = app.Services.GetRequiredService<INudgeSources>();
        var today = options.GetValueOrDefault("--date") is { } date ? Day(date) : DateOnly.FromDateTime(app.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        switch (args.FirstOrDefault())
        {
            case "offer" when options.GetValueOrDefault("--purchase-date") is { } purchase:
                var tenant = options.GetValueOrDefault("--tenant") ?? await OnlyTenantWithTeamAsync(sources);
                var offer = new MembershipOffer(options.GetValueOrDefault("--offer") ?? "action-pack", MembershipOfferKind.ActionPack, null, Day(purchase), Day(purchase).AddYears(1), MembershipOfferStatus.Active, null);
                await SaveAsync(app.Services.GetRequiredService<ITenantRecordStore>(), tenant, offer);
                await output.WriteLineAsync($"Recorded {offer.OfferId} for tenant {tenant}: anniversary {offer.Anniversary:yyyy-MM-dd}, renewal window opens {offer.Anniversary.AddDays(1):yyyy-MM-dd}.");
                await WritePlanAsync(output, await sources.ReadTenantAsync(tenant, CancellationToken.None), today);
                return 0;
            case "plan":
                await foreach (var data in sources.ReadAllAsync(CancellationToken.None))
                {
                    await WritePlanAsync(output, data, today);
                }

                return 0;
            case "status":
                await WriteStatusAsync(output, app.Services.GetRequiredService<INudgeOutbox>(), options.GetValueOrDefault("--tenant") ?? await OnlyTenantWithTeamAsync(sources));
                return 0;
            default:
                throw new CommandLineException(Usage);
        }
    }

    private static async Task WritePlanAsync(TextWriter output, TenantNudgeData data, DateOnly today)
    {
        var channel = NudgeChannel.Resolve(data);
        await output.WriteLineAsync($"{data.TenantId}: channel {(channel is null ? "none (the bot is in no team, or in several and none is chosen)" : $"{channel.Team.Name ?? channel.Team.TeamId} / {channel.Team.ChannelName(channel.ChannelId)}")}");
        foreach (var nudge in NudgePlanner.Plan(data, today))
        {
            await output.WriteLineAsync($"  due {nudge.DueDate:yyyy-MM-dd}: {nudge.Kind} for {nudge.SubjectId} (event {nudge.EventDate:yyyy-MM-dd}){(nudge.IsPersonal ? " 1:1 to " + nudge.RecipientObjectId : string.Empty)}");
        }
    }

    private static async Task WriteStatusAsync(TextWriter output, INudgeOutbox outbox, string tenant)
    {
        foreach (var row in await outbox.ListRecentAsync(tenant, 50, CancellationToken.None))
        {
            await output.WriteLineAsync($"{row.Nudge.Key}: {row.State.ToString().ToLowerInvariant()} after {row.Attempts} attempt(s){(row.LastError is null ? string.Empty : " — " + row.LastError)}");
        }
    }

    private static async Task SaveAsync(ITenantRecordStore records, string tenant, MembershipOffer offer)
    {
        if (await records.FindAsync<MembershipOffer>(tenant, offer.OfferId, CancellationToken.None) is { } existing)
        {
            await records.UpdateAsync(tenant, offer, existing.Version, CancellationToken.None);
            return;
        }

        await records.InsertAsync(tenant, offer, CancellationToken.None);
    }

    private static async Task<string> OnlyTenantWithTeamAsync(INudgeSources sources)
    {
        var tenants = new List<string>();
        await foreach (var data in sources.ReadAllAsync(CancellationToken.None))
        {
            if (data.Teams.Any(t => t.Active))
            {
                tenants.Add(data.TenantId);
            }
        }

        return tenants is [var only] ? only
            : throw new CommandLineException(tenants.Count == 0
                ? "No team has the bot installed yet: add it to a team first (in the Playground: the team's General channel), or pass --tenant."
                : $"Several tenants have teams ({string.Join(", ", tenants)}); pass --tenant.");
    }

    private static DateOnly Day(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new CommandLineException($"'{text}' is not a date (YYYY-MM-DD).");
}
