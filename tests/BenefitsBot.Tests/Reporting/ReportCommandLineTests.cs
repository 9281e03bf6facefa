using System.Text.Json.Nodes;
using BenefitsBot.Cli;
using BenefitsBot.Escalation;
using BenefitsBot.Reporting;
using BenefitsBot.Storage;
using BenefitsBot.Storage.Questions;
using BenefitsBot.Storage.Sqlite;

namespace BenefitsBot.Tests.Reporting;

/// <summary><c>report</c> on the command line, reading the configured store (the SQLite file in the data folder).</summary>
public sealed class ReportCommandLineTests : IDisposable
{
    private const string Tenant = "tenant-cli-1";
    private readonly string data = Directory.CreateTempSubdirectory("benefitsbot-report-").FullName;

    public void Dispose()
    {
        BenefitsBot.Tests.Storage.SqlitePools.ReleaseFiles();
        Directory.Delete(data, recursive: true);
    }

    [Fact]
    public async Task Report_Json_PrintsTheStoresFiguresPerTenant()
    {
        await SeedAsync();

        var (exit, stdout, stderr) = await RunAsync("report", "--data", data, "--json", "--since", Yesterday);

        Assert.True(exit == 0, stderr);
        var tenants = JsonNode.Parse(stdout)!["tenants"]!.AsArray();
        Assert.Equal(2, tenants.Count);
        var report = tenants.Single(t => t!["tenant"]!.GetValue<string>() == Tenant)!;
        Assert.Equal(5, report["asked"]!.GetValue<int>());
        Assert.Equal(3, report["answered"]!.GetValue<int>());
        Assert.Equal(1, report["unanswered"]!.GetValue<int>());
        Assert.Equal(1, report["clarify"]!.GetValue<int>());
        Assert.Equal(1, report["outcomes"]!["rule"]!.GetValue<int>());
        Assert.Equal("open", Assert.Single(report["open_tickets"]!.AsArray())!["state"]!.GetValue<string>());
        Assert.Equal(2, report["feedback"]![0]!["not_helpful"]!.GetValue<int>());
        Assert.Equal(0, report["nudges"]!["sent"]!.GetValue<int>());
        Assert.DoesNotContain("secret question", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_TextForOneTenant_PrintsFiguresAndLeavesOtherTenantsOut()
    {
        await SeedAsync();

        var (exit, stdout, _) = await RunAsync("report", "--data", data, "--tenant", Tenant, "--since", Yesterday);

        Assert.Equal(0, exit);
        Assert.Contains($"Tenant {Tenant}, since {Yesterday}", stdout, StringComparison.Ordinal);
        Assert.Matches(@"questions asked\s+5", stdout);
        Assert.Matches(@"unanswered\s+1", stdout);
        Assert.Matches(@"open tickets\s+1", stdout);
        Assert.Matches(@"0\s+2\s+faq/entry-a", stdout);
        Assert.DoesNotContain("tenant-cli-2", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_BadSince_UsageErrorExit2()
    {
        var (exit, _, stderr) = await RunAsync("report", "--data", data, "--since", "22/11/2026");

        Assert.Equal(2, exit);
        Assert.Contains("YYYY-MM-DD", stderr, StringComparison.Ordinal);
    }

    private static string Yesterday => DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private async Task SeedAsync()
    {
        var database = new SqliteDatabase($"Data Source={Path.Combine(data, "benefitsbot.db")}");
        var log = new BenefitsBot.Storage.Questions.SqlQuestionLog(database);
        var now = DateTimeOffset.UtcNow;
        foreach (var kind in new[] { QuestionOutcomeKind.Answered, QuestionOutcomeKind.Answered, QuestionOutcomeKind.Rule, QuestionOutcomeKind.None, QuestionOutcomeKind.NeedsDate })
        {
            await log.RecordAsync(new QuestionOutcome(Tenant, kind, null, "en", now), CancellationToken.None);
        }

        await log.RecordAsync(new QuestionOutcome(Tenant, QuestionOutcomeKind.None, null, "en", now.AddDays(-40)), CancellationToken.None);
        await log.RecordAsync(new QuestionOutcome("tenant-cli-2", QuestionOutcomeKind.Answered, null, "sv", now), CancellationToken.None);
        var feedback = new BenefitsBot.Storage.Relational.SqlFeedbackStore(database);
        await feedback.RecordAsync(new FaqFeedback(Tenant, "faq/entry-a", false, "en", "u1"), CancellationToken.None);
        await feedback.RecordAsync(new FaqFeedback(Tenant, "faq/entry-a", false, "en", "u2"), CancellationToken.None);
        var records = new BenefitsBot.Storage.Relational.SqlTenantRecordStore(database);
        var ticket = new Ticket(Guid.CreateVersion7().ToString("N"), "secret question", "en", "aad", "29:u", "Alex", "a:p", TicketState.Open, now);
        await records.InsertAsync(Tenant, ticket, CancellationToken.None);
        await records.InsertAsync(Tenant, ticket with { Id = Guid.CreateVersion7().ToString("N"), State = TicketState.Resolved, Answer = "done" }, CancellationToken.None);
    }

    private static async Task<(int Exit, string Out, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CommandLine.RunAsync(args, TextReader.Null, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
