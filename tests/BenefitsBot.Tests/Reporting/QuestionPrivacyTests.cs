using System.Text;
using BenefitsBot.Tests.Escalation;
using BenefitsBot.Tests.Hosting;
using Microsoft.Data.Sqlite;

namespace BenefitsBot.Tests.Reporting;

/// <summary>Recording outcomes for the report must not keep what users asked: only a ticket holds a question's text.</summary>
public sealed class QuestionPrivacyTests(SqliteAdminBotApp app) : IClassFixture<SqliteAdminBotApp>
{
    [Fact]
    public async Task AskedQuestions_OutcomeRecorded_TextNowhereInTheDatabaseFiles()
    {
        var scenario = new TicketScenario(app);
        var user = scenario.AddUser("Alex Wilber");
        var marker = "Quokka" + Guid.NewGuid().ToString("N")[..8];
        await app.Harness.AskAsync(scenario.Personal(user, $"does the {marker} membership fee include taxes?"));
        await app.Harness.AskAsync(scenario.Personal(user, $"What's the difference between the Action Pack and the Learning Action Pack {marker}?"));

        var tally = await scenario.TallyAsync();
        var database = new SqliteConnectionStringBuilder(app.Settings["Storage:Sqlite:ConnectionString"]).DataSource;
        BenefitsBot.Tests.Storage.SqlitePools.ReleaseFiles();
        var stored = string.Concat(Directory.GetFiles(Path.GetDirectoryName(database)!, Path.GetFileName(database) + "*").Select(ReadShared));

        Assert.Equal(2, tally);
        Assert.DoesNotContain(marker, stored, StringComparison.Ordinal);
    }

    /// <summary>The file as bytes read while the bot may still hold it open (the WAL file too), as Latin-1 so any UTF-8 text shows.</summary>
    private static string ReadShared(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        file.CopyTo(copy);
        return Encoding.Latin1.GetString(copy.ToArray());
    }
}
