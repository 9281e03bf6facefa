using System.Reflection;
using BenefitsBot.Storage.Sqlite;
using BenefitsBot.Storage.Tenants;
using BenefitsBot.Testing.Playground;
using BenefitsBot.Tests.Playground;

namespace BenefitsBot.Tests.Nudges;

/// <summary>
/// The README's walk-through: the bot process behind the Agents Playground, installed in the Playground's team, an offer
/// bought 358 days ago recorded in its database; a nudge arrives as a new thread in the team's General channel.
/// </summary>
public sealed class NudgePlaygroundTests(NudgePlaygroundTests.Fixture fixture) : IClassFixture<NudgePlaygroundTests.Fixture>
{
    private const string PlaygroundTeam = "team-id";

    [Fact]
    public async Task OfferBoughtNearlyAYearAgo_NudgeThreadArrivesInTheTeamsGeneralChannel()
    {
        var playground = fixture.Playground;
        await playground.InstallAsync(PlaygroundTeam);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var records = new BenefitsBot.Storage.Relational.SqlTenantRecordStore(new SqliteDatabase(fixture.ConnectionString));

        await records.InsertAsync(playground.Config.TenantId, new MembershipOffer("action-pack", MembershipOfferKind.ActionPack, null, today.AddDays(-358), today.AddDays(7), MembershipOfferStatus.Active, null), CancellationToken.None);
        var nudge = await playground.WaitForBotMessageAsync(e => e.GetProperty("actionConversationId").GetString()!.StartsWith(PlaygroundTeam, StringComparison.Ordinal), TimeSpan.FromSeconds(60));

        var message = PlaygroundEnvelope.Message(nudge)!.Value;
        Assert.StartsWith(PlaygroundTeam + ";messageid=", message.GetProperty("postConversationId").GetString(), StringComparison.Ordinal); // a new thread (post) in General
        var card = message.GetProperty("attachments")[0].GetProperty("content").GetRawText();
        Assert.Contains("The renewal window opens in 8 days", card, StringComparison.Ordinal);
        Assert.Contains("renewal.start", card, StringComparison.Ordinal);
    }

    /// <summary>The bot with a short nudge tick and a database the test can write to.</summary>
    public sealed class Fixture : PlaygroundFixture
    {
        private readonly DirectoryInfo directory = Directory.CreateTempSubdirectory("benefitsbot-nudge-playground-");

        public string ConnectionString => $"Data Source={Path.Combine(directory.FullName, "benefitsbot.db")}";

        protected override Task<ChildProcess> StartBotAsync(int port)
        {
            var configuration = typeof(Fixture).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
            return BenefitsBotProcess.StartAsync(port, configuration, TimeSpan.FromSeconds(30), new Dictionary<string, string>
            {
                ["Storage__Sqlite__ConnectionString"] = ConnectionString,
                ["Nudges__FirstTickDelay"] = "00:00:01",
                ["Nudges__TickInterval"] = "00:00:02",
            });
        }
    }
}
