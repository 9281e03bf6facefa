using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using BenefitsBot.Graph;
using BenefitsBot.Testing.FakeGraph;
using BenefitsBot.Testing.Fuzz;
using BenefitsBot.Testing.Turns;
using Xunit.Abstractions;

namespace BenefitsBot.Tests.Hosting;

/// <summary>
/// Malformed and odd activities from a seeded generator, over HTTP through the real host (SQLite, fake Graph with the caller as
/// Global admin, fake connector): never a 5xx (501 only for an invoke nobody handles), never a stack trace in a response, and
/// the bot still answers a normal question afterwards. Bounded: a fixed number of activities or <see cref="Budget"/>, whichever
/// ends first. <c>BENEFITSBOT_FUZZ_SEED</c> replays or explores another seed.
/// </summary>
public sealed class ActivityFuzzTests(SqliteAdminBotApp app, ITestOutputHelper output) : IClassFixture<SqliteAdminBotApp>
{
    private const int Count = 1000;
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(40);

    private static int Seed =>
        int.TryParse(Environment.GetEnvironmentVariable("BENEFITSBOT_FUZZ_SEED"), CultureInfo.InvariantCulture, out var seed) ? seed : 20260301;

    [Fact]
    public async Task Post_OddActivities_NoServerErrorNoStackTraceAndTheBotStillAnswers()
    {
        app.Graph.AddUsers(new FakeGraphUser(TeamsActivities.UserEntraId, "Alex Wilber", "alex@contoso.example"));
        app.Graph.AssignRole(TeamsActivities.UserEntraId, new FakeGraphRole(KnownDirectoryRoles.GlobalAdministrator, "Global Administrator"));
        using var client = app.CreateClient();
        var failures = new List<string>();
        var watch = Stopwatch.StartNew();
        var sent = 0;
        var statuses = new SortedDictionary<int, int>();

        foreach (var odd in OddActivities.Generate(Seed, Count, app.Connector.ServiceUrl))
        {
            if (watch.Elapsed > Budget)
            {
                break;
            }

            using var content = new StringContent(odd.Json, Encoding.UTF8, "application/json");
            using var response = await client.PostAsync(new Uri("/api/messages", UriKind.Relative), content);
            var body = await response.Content.ReadAsStringAsync();
            sent++;
            var status = (int)response.StatusCode;
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            if ((status >= 500 && !(status == 501 && odd.IsInvoke)) || body.Contains("   at ", StringComparison.Ordinal) || body.Contains("Exception", StringComparison.Ordinal))
            {
                failures.Add($"seed {Seed} #{odd.Index} → {status} {body[..Math.Min(body.Length, 200)]} after: {odd.Description}");
            }
        }

        output.WriteLine($"seed {Seed}: {sent} activities in {watch.Elapsed.TotalSeconds:F1} s; answers {string.Join(", ", statuses.Select(s => $"{s.Key}×{s.Value}"))}; {app.Connector.Requests.Count} connector requests");
        var reply = await app.Harness.AskAsync(TeamsActivities.PersonalMessage(app.Connector.ServiceUrl, "when can we renew the action pack?", conversationId: "a:after-fuzz"));

        Assert.True(failures.Count == 0, string.Join('\n', failures.Take(20)));
        Assert.True(sent >= 100, $"only {sent} activities within {Budget}");
        Assert.Contains("Action Pack", TurnHarness.TextOf(TurnHarness.CardOf(reply)), StringComparison.OrdinalIgnoreCase);
    }
}
