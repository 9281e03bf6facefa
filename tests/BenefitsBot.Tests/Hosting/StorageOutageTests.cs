using System.Net;
using BenefitsBot.Protocol.Activities;
using BenefitsBot.Protocol.Turns;
using BenefitsBot.Storage;
using BenefitsBot.Storage.Questions;
using BenefitsBot.Testing.Turns;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Stopwatch = System.Diagnostics.Stopwatch;

namespace BenefitsBot.Tests.Hosting;

/// <summary>
/// Answer first: a locked, missing or unwritable store costs the bookkeeping (retried until it lands), never the answer or the
/// turn's 200; a store that was down at start-up is used once it is back, without a restart; <c>/readyz</c> reports it.
/// </summary>
public sealed class StorageOutageTests : IAsyncDisposable
{
    private const string Question = "when can we renew the action pack?";
    private static readonly TimeSpan Eventually = TimeSpan.FromSeconds(60);
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("benefitsbot-outage-");
    private readonly BotApp app = new();

    private string DatabasePath => Path.Combine(folder.FullName, "data", "bot.db");

    [Fact]
    public async Task Question_WriterHoldsTheLockInAKnownConversation_AnsweredAt200AndOutcomeRecordedOnceReleased()
    {
        await StartAsync();
        await app.Harness.AskAsync(TeamsActivities.PersonalMessage(app.Harness.ServiceUrl, "hi"));
        var before = await CountOutcomesAsync();

        (Activity Reply, ProcessResult Result, TimeSpan Elapsed) asked;
        await using (await HoldWriteLockAsync())
        {
            asked = await AskTimedAsync(TeamsActivities.PersonalMessage(app.Harness.ServiceUrl, Question));
        }

        Assert.Equal(200, asked.Result.Status);
        Assert.Contains("Action Pack", TurnHarness.TextOf(TurnHarness.CardOf(asked.Reply)), StringComparison.Ordinal);
        Assert.True(asked.Elapsed < TimeSpan.FromSeconds(10), $"the turn took {asked.Elapsed}");
        await WaitUntilAsync(async () => await CountOutcomesAsync() > before);
    }

    [Fact]
    public async Task Question_WriterHoldsTheLockInANewConversation_AnsweredAndConversationRememberedOnceReleased()
    {
        await StartAsync();
        await app.Harness.AskAsync(TeamsActivities.PersonalMessage(app.Harness.ServiceUrl, "hi"));
        var message = TeamsActivities.PersonalMessage(app.Harness.ServiceUrl, Question, conversationId: "a:new-" + Guid.NewGuid().ToString("N"));

        (Activity Reply, ProcessResult Result, TimeSpan Elapsed) asked;
        await using (await HoldWriteLockAsync())
        {
            asked = await AskTimedAsync(message);
        }

        Assert.Equal(200, asked.Result.Status);
        Assert.True(asked.Elapsed < TimeSpan.FromSeconds(10), $"the turn took {asked.Elapsed}");
        var references = app.Factory.Services.GetRequiredService<IConversationReferenceStore>();
        await WaitUntilAsync(async () => await references.FindAsync(TeamsActivities.TenantId, message.Conversation!.Id!, CancellationToken.None) is not null);
    }

    [Fact]
    public async Task Host_DataFolderUnusableAtStart_AnswersThenRecoversOnceFixedWithoutRestart()
    {
        // A file where the data folder should be: neither the database nor the imported-articles folder can be made.
        var blocker = Path.Combine(folder.FullName, "data");
        await File.WriteAllTextAsync(blocker, "not a folder");
        await StartAsync();
        using var http = app.Factory.CreateClient();

        var liveWhileDown = await http.GetAsync(new Uri("/healthz", UriKind.Relative));
        var readyWhileDown = await http.GetAsync(new Uri("/readyz", UriKind.Relative));
        var asked = await AskTimedAsync(TeamsActivities.PersonalMessage(app.Harness.ServiceUrl, Question));
        File.Delete(blocker);
        var readyAfter = await http.GetAsync(new Uri("/readyz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, liveWhileDown.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, readyWhileDown.StatusCode);
        Assert.Contains("\"status\":\"unavailable\"", await readyWhileDown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(200, asked.Result.Status);
        Assert.Contains("Action Pack", TurnHarness.TextOf(TurnHarness.CardOf(asked.Reply)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, readyAfter.StatusCode);
        Assert.Contains("\"store\":\"ok\"", await readyAfter.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await WaitUntilAsync(async () => await CountOutcomesAsync() > 0);
    }

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        BenefitsBot.Tests.Storage.SqlitePools.ReleaseFiles();
        folder.Delete(recursive: true);
    }

    private async Task StartAsync()
    {
        app.Settings["DataDirectory"] = Path.Combine(folder.FullName, "data");
        app.Settings["Storage:Sqlite:ConnectionString"] = $"Data Source={DatabasePath}";
        app.Settings["Storage:Bookkeeping:RetryDelay"] = "00:00:00.200";
        app.Settings["Storage:Bookkeeping:MaxRetryDelay"] = "00:00:01";
        await app.InitializeAsync();
    }

    private async Task<(Activity Reply, ProcessResult Result, TimeSpan Elapsed)> AskTimedAsync(Activity message)
    {
        var before = app.Connector.Requests.Count;
        var started = Stopwatch.GetTimestamp();
        var result = await app.Harness.SendAsync(message);
        var elapsed = Stopwatch.GetElapsedTime(started);
        var reply = await app.Connector.WaitForActivityAsync(r => r.Sequence > before && r.ConversationId == message.Conversation?.Id, TimeSpan.FromSeconds(10));
        return (reply, result, elapsed);
    }

    /// <summary>Another writer (as another process would) holds the database's write lock until disposed.</summary>
    private async Task<IAsyncDisposable> HoldWriteLockAsync()
    {
        var holder = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await holder.OpenAsync();
        await using var begin = holder.CreateCommand();
        begin.CommandText = "BEGIN IMMEDIATE;";
        await begin.ExecuteNonQueryAsync();
        return holder;
    }

    private async Task<int> CountOutcomesAsync()
    {
        var tallies = await app.Factory.Services.GetRequiredService<IQuestionLog>().TallyAsync(TeamsActivities.TenantId, DateTimeOffset.UnixEpoch, CancellationToken.None);
        return tallies.Sum(t => t.Count);
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> done)
    {
        var deadline = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(deadline) < Eventually)
        {
            try
            {
                if (await done())
                {
                    return;
                }
            }
            catch (SqliteException)
            {
                // Still down: look again.
            }

            await Task.Delay(200);
        }

        Assert.Fail($"not done within {Eventually}");
    }
}
