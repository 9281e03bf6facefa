using System.Text.Json;
using System.Text.Json.Nodes;
using BenefitsBot.Cards;
using BenefitsBot.Reporting;
using BenefitsBot.Storage.Questions;
using BenefitsBot.Testing.Turns;
using BenefitsBot.Tests.Escalation;
using BenefitsBot.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace BenefitsBot.Tests.Reporting;

/// <summary>The report counts what users did in the bot: questions by outcome, feedback per entry, tickets still open.</summary>
public abstract class ReportFlowTests(AdminBotApp app)
{
    private const string FaqQuestion = "What's the difference between the Action Pack and the Learning Action Pack?";
    private const string RuleQuestion = "We bought the Action Pack on 1 sept 2020, when can we renew?";
    private const string Unanswerable = "what does the gold competency fee cost in euros?";

    [Fact]
    public async Task Report_AfterQuestionsFeedbackAndATicket_FiguresMatchWhatWasDone()
    {
        var scenario = new TicketScenario(app);
        var admin = scenario.AddAdmin("Adele Vance");
        var user = scenario.AddUser("Alex Wilber");
        var faqCard = TurnHarness.CardOf(await app.Harness.AskAsync(scenario.Personal(user, FaqQuestion)));
        await app.Harness.AskAsync(scenario.Personal(user, FaqQuestion));
        await app.Harness.AskAsync(scenario.Personal(user, RuleQuestion));
        await app.Harness.AskAsync(scenario.Personal(user, Unanswerable));
        var entryId = EntryIdOf(faqCard);
        await scenario.PressForCardTextAsync(scenario.Press(user, CardVerbs.Feedback, new JsonObject { ["entryId"] = entryId, ["lang"] = "en", ["helpful"] = false }));
        await scenario.PressForCardTextAsync(scenario.Press(user, CardVerbs.Feedback, new JsonObject { ["entryId"] = entryId, ["lang"] = "en", ["helpful"] = true }));
        await scenario.AskAdminsAsync(user, Unanswerable);

        var card = TurnHarness.CardOf(await app.Harness.AskAsync(scenario.Personal(admin, "report")));
        var report = await app.Services.GetRequiredService<AdminReportBuilder>().BuildAsync(scenario.TenantId, DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-1)), CancellationToken.None);

        var facts = TurnHarness.FactsOf(card);
        Assert.Equal("4", facts["Questions asked"]);
        Assert.Equal("3", facts["Answered"]);
        Assert.Equal("1", facts["Not answered (the articles don't cover it)"]);
        Assert.Equal("0", facts["Asked back (which question? which date?)"]);
        Assert.Equal("1", facts["Open tickets"]);
        Assert.Equal("0", facts["Reminders sent"]);
        var text = TurnHarness.TextOf(card);
        Assert.Contains(Unanswerable, text, StringComparison.Ordinal);
        Assert.Equal((4, 3, 1, 0), (report.Asked, report.Answered, report.Unanswered, report.Clarify));
        Assert.Equal(1, report.ByOutcome[QuestionOutcomeKind.Rule]);
        var feedback = Assert.Single(report.Feedback);
        Assert.Equal((entryId, 1, 1), (feedback.EntryId, feedback.Helpful, feedback.NotHelpful));
        Assert.Single(report.OpenTickets);
    }

    [Fact]
    public async Task Report_TypedInChineseByAdmin_CardInTraditionalChinese()
    {
        var scenario = new TicketScenario(app);
        var admin = scenario.AddAdmin("Adele Vance");

        var card = TurnHarness.CardOf(await app.Harness.AskAsync(scenario.Personal(admin, "報告", "en-US")));

        Assert.Equal("zh", card.GetProperty("lang").GetString());
        Assert.Equal("0", TurnHarness.FactsOf(card)["提問數"]);
    }

    [Fact]
    public async Task Report_TypedInSwedishByNonAdmin_RefusedInSwedish()
    {
        var scenario = new TicketScenario(app);
        var member = scenario.AddUser("Mallory Member");

        var reply = TicketScenario.ReplyText(await app.Harness.AskAsync(scenario.Personal(member, "rapport", "sv-SE")));

        Assert.Contains("Bara", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("Questions asked", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QuestionLog_Tally_CountsPerTenantAndOutcomeSinceTheGivenTime()
    {
        var log = app.Services.GetRequiredService<IQuestionLog>();
        var (a, b) = (Guid.NewGuid().ToString(), Guid.NewGuid().ToString());
        var now = DateTimeOffset.UtcNow;
        await log.RecordAsync(new QuestionOutcome(a, QuestionOutcomeKind.Answered, "x/1", "en", now.AddDays(-10)), CancellationToken.None);
        await log.RecordAsync(new QuestionOutcome(a, QuestionOutcomeKind.Answered, "x/2", "sv", now), CancellationToken.None);
        await log.RecordAsync(new QuestionOutcome(a, QuestionOutcomeKind.None, null, "nl", now), CancellationToken.None);
        await log.RecordAsync(new QuestionOutcome(a, QuestionOutcomeKind.None, null, "zh-TW", now), CancellationToken.None);
        await log.RecordAsync(new QuestionOutcome(b, QuestionOutcomeKind.Clarify, null, "en", now), CancellationToken.None);

        var forA = await log.TallyAsync(a, now.AddDays(-1), CancellationToken.None);
        var all = await log.TallyAsync(null, now.AddDays(-30), CancellationToken.None);

        Assert.Equal([new QuestionTally(a, QuestionOutcomeKind.Answered, 1), new QuestionTally(a, QuestionOutcomeKind.None, 2)], forA);
        Assert.Contains(new QuestionTally(a, QuestionOutcomeKind.Answered, 2), all);
        Assert.Contains(new QuestionTally(b, QuestionOutcomeKind.Clarify, 1), all);
    }

    private static string EntryIdOf(JsonElement card)
    {
        var match = System.Text.RegularExpressions.Regex.Match(card.GetRawText(), "\"entryId\":\"([^\"]+)\"");
        Assert.True(match.Success, "the answer card has no entry buttons");
        return match.Groups[1].Value;
    }
}

public sealed class SqliteReportFlowTests(SqliteAdminBotApp app) : ReportFlowTests(app), IClassFixture<SqliteAdminBotApp>;

public sealed class PostgresReportFlowTests(PostgresAdminBotApp app) : ReportFlowTests(app), IClassFixture<PostgresAdminBotApp>;
