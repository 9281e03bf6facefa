using System.Text.Json.Nodes;
using BenefitsBot.Domain.Knowledge;
using BenefitsBot.Escalation;
using BenefitsBot.Knowledge;
using BenefitsBot.Protocol.Activities;
using BenefitsBot.Storage.Audit;
using BenefitsBot.Testing;
using BenefitsBot.Testing.Turns;
using BenefitsBot.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace BenefitsBot.Tests.Escalation;

/// <summary>Tickets end to end through the real bot, store, role gate (fake Graph) and connector client (fake connector).</summary>
public abstract class TicketFlowTests(AdminBotApp app)
{
    private const string Unanswerable = "what does the gold competency fee cost in euros?";

    private FakeConnectorServer Connector => app.Connector;

    [Fact]
    public async Task AskAdmins_UnansweredQuestion_TicketCardLandsInAdminsChannelThread()
    {
        var scenario = new TicketScenario(app);
        var admin = scenario.AddAdmin("Adele Vance");
        var user = scenario.AddUser("Alex Wilber");
        Assert.Contains("this channel", await scenario.ChooseChannelAsync(admin), StringComparison.Ordinal);

        var noAnswer = TicketScenario.ReplyText(await app.Harness.AskAsync(scenario.Personal(user, Unanswerable)));
        var receipt = await scenario.AskAdminsAsync(user, Unanswerable);
        var thread = await Connector.WaitForRequestAsync(r => r.Operation == ConnectorOperation.CreateConversation && r.Succeeded && r.TargetConversationId!.StartsWith(scenario.ChannelId, StringComparison.Ordinal));

        Assert.Contains("Ask the admins", noAnswer, StringComparison.Ordinal);
        Assert.Contains(Unanswerable, noAnswer, StringComparison.Ordinal);
        Assert.Contains("I sent your question to your admins", receipt, StringComparison.Ordinal);
        var card = TurnHarness.TextOf(TurnHarness.CardOf(thread.Activity!));
        Assert.Contains(Unanswerable, card, StringComparison.Ordinal);
        Assert.Contains("Question from Alex Wilber", card, StringComparison.Ordinal);
        Assert.Contains("Take it", card, StringComparison.Ordinal);
        var ticket = await scenario.SingleTicketAsync();
        Assert.Equal(TicketState.Open, ticket.State);
        Assert.Equal(thread.TargetConversationId, ticket.ThreadConversationId);
        Assert.Equal(thread.AssignedActivityId, ticket.CardActivityId);
    }

    [Fact]
    public async Task TakeAndAnswer_ByAdmin_UserToldOneToOneAndChannelCardUpdatedInPlace()
    {
        var scenario = new TicketScenario(app);
        var (admin, user, ticket) = await scenario.PostTicketAsync(Unanswerable, askBotFirst: true);

        var taken = await scenario.PressForCardTextAsync(scenario.TakePress(admin, ticket));
        var answered = await scenario.PressForCardTextAsync(scenario.AnswerPress(admin, ticket, "We don't pay in euros: the fee is billed in USD by Partner Center.", addToKnowledgeBase: false));
        var toUser = await Connector.WaitForActivityAsync(r => r.ConversationId == TicketScenario.PersonalConversationOf(user) && r.Activity!.Attachments is { Count: > 0 } && TicketScenario.ReplyText(r.Activity).Contains("billed in USD", StringComparison.Ordinal));
        var update = await Connector.WaitForRequestAsync(r => r.Operation == ConnectorOperation.UpdateActivity && r.ActivityId == ticket.CardActivityId && r.Body.Contains("Answered by Adele Vance", StringComparison.Ordinal));

        Assert.Contains("Taken by Adele Vance", taken, StringComparison.Ordinal);
        Assert.Contains(admin.UserId, taken, StringComparison.Ordinal);
        Assert.Contains("Send answer", taken, StringComparison.Ordinal);
        Assert.Contains("Answered by Adele Vance", answered, StringComparison.Ordinal);
        Assert.Contains("Alex Wilber got the answer in a 1:1 chat", answered, StringComparison.Ordinal);
        var userCard = TicketScenario.ReplyText(toUser);
        Assert.Contains("Your admins answered your question", userCard, StringComparison.Ordinal);
        Assert.Contains(Unanswerable, userCard, StringComparison.Ordinal);
        Assert.Equal(ticket.ThreadConversationId, update.ConversationId);
        var stored = await scenario.TicketAsync(ticket.Id);
        Assert.Equal(TicketState.Resolved, stored.State);
        Assert.True(stored.AskerNotified);
        Assert.Equal(admin.ObjectId, stored.AssigneeObjectId);
    }

    [Fact]
    public async Task Take_TwoAdminsOnTwoInstancesAtOnce_OneWinsOtherSeesWhoTookIt()
    {
        var scenario = new TicketScenario(app);
        var first = scenario.AddAdmin("Adele Vance");
        var second = scenario.AddAdmin("Megan Bowen");
        var user = scenario.AddUser("Alex Wilber");
        await scenario.ChooseChannelAsync(first);
        await scenario.AskAdminsAsync(user, "Who signs our partner agreement renewal on behalf of the company?");
        var ticket = await scenario.SingleTicketAsync();
        var other = app.StartInstance().Harness;

        var cards = await Task.WhenAll(
            scenario.PressForCardTextAsync(scenario.TakePress(first, ticket)),
            scenario.PressForCardTextAsync(scenario.TakePress(second, ticket), other));

        var stored = await scenario.TicketAsync(ticket.Id);
        Assert.Equal(TicketState.Assigned, stored.State);
        var winner = stored.AssigneeObjectId == first.ObjectId ? first : second;
        Assert.Contains(stored.AssigneeObjectId, new[] { first.ObjectId, second.ObjectId });
        Assert.Single(cards, c => c.Contains($"{winner.Name} took this ticket first.", StringComparison.Ordinal));
        Assert.All(cards, c => Assert.Contains($"Taken by {winner.Name}", c, StringComparison.Ordinal));
        var audit = await app.Services.GetRequiredService<IAuditLog>().QueryAsync(scenario.TenantId, DateTimeOffset.MinValue, DateTimeOffset.MaxValue, CancellationToken.None);
        Assert.Single(audit, e => e.Action == TicketVerbs.Take && e.Result == AuditResult.Succeeded);
    }

    [Fact]
    public async Task Refresh_InTheThreadByAnyMember_ShowsCurrentState_ElsewhereRefused()
    {
        var scenario = new TicketScenario(app);
        var (admin, user, ticket) = await scenario.PostTicketAsync(Unanswerable);
        var member = scenario.AddUser("Lee Gu");
        await scenario.PressForCardTextAsync(scenario.TakePress(admin, ticket));

        var inThread = await scenario.PressForCardTextAsync(scenario.Press(member, TicketVerbs.Refresh, TicketScenario.TicketData(ticket), ticket.ThreadConversationId));
        var (status, _) = await scenario.PressAsync(scenario.Press(user, TicketVerbs.Refresh, TicketScenario.TicketData(ticket)));

        Assert.Contains("Taken by Adele Vance", inThread, StringComparison.Ordinal);
        Assert.Equal(400, status);
    }

    [Fact]
    public async Task TakeAndAnswer_ForgedByNonAdmin_RefusedAuditedAndTicketUnchanged()
    {
        var scenario = new TicketScenario(app);
        var (_, user, ticket) = await scenario.PostTicketAsync(Unanswerable);
        var forger = scenario.AddUser("Mallory Member");
        var sentBefore = Connector.Requests.Count(r => r.ConversationId == TicketScenario.PersonalConversationOf(user));

        var (takeStatus, _) = await scenario.PressAsync(scenario.TakePress(forger, ticket));
        var (status, body) = await scenario.PressAsync(scenario.AnswerPress(forger, ticket, "Just pay whatever they ask.", addToKnowledgeBase: true));

        Assert.Equal(200, status);
        Assert.Contains("Only a Global admin or an MPN partner admin", TurnHarness.TextOf(body.GetProperty("value")), StringComparison.Ordinal);
        var stored = await scenario.TicketAsync(ticket.Id);
        Assert.Equal(TicketState.Open, stored.State);
        Assert.Null(stored.Answer);
        var audit = await app.Services.GetRequiredService<IAuditLog>().QueryAsync(scenario.TenantId, DateTimeOffset.MinValue, DateTimeOffset.MaxValue, CancellationToken.None);
        var refusals = audit.Where(e => e.Result == AuditResult.Refused).ToList();
        Assert.Equal(200, takeStatus);
        Assert.Equal([TicketVerbs.Take, TicketVerbs.Answer], refusals.Select(e => e.Action));
        Assert.All(refusals, e => Assert.Equal(forger.ObjectId, e.ActorObjectId));
        Assert.Equal(sentBefore, Connector.Requests.Count(r => r.ConversationId == TicketScenario.PersonalConversationOf(user)));
    }

    [Fact]
    public async Task Answer_AddedToKnowledgeBase_NextIdenticalQuestionAnsweredFromNewEntry()
    {
        var scenario = new TicketScenario(app);
        var question = "Who approves travel to the Zephyr partner summit in Lisbon?";
        var (admin, user, ticket) = await scenario.PostTicketAsync(question);
        var later = scenario.AddUser("Lee Gu");
        await scenario.PressForCardTextAsync(scenario.TakePress(admin, ticket));

        var answered = await scenario.PressForCardTextAsync(scenario.AnswerPress(admin, ticket, "Travel to the Zephyr summit is approved by the alliance manager, Nestor Wilke.", addToKnowledgeBase: true));
        var next = TicketScenario.ReplyText(await app.Harness.AskAsync(scenario.Personal(later, question)));
        var chat = await Connector.WaitForRequestAsync(r => r.Operation == ConnectorOperation.CreateConversation && r.Succeeded && r.Body.Contains(user.UserId, StringComparison.Ordinal));
        var toUser = await Connector.WaitForActivityAsync(r => r.ConversationId == chat.TargetConversationId);

        var stored = await scenario.TicketAsync(ticket.Id);
        Assert.Equal(AdminAnswerArticle.EntryId(stored), stored.KnowledgeEntryId);
        Assert.False(stored.KnowledgeEntryUnreachable);
        Assert.Contains("Added to your organization's knowledge base as " + stored.KnowledgeEntryId, answered, StringComparison.Ordinal);
        Assert.Contains("approved by the alliance manager, Nestor Wilke", next, StringComparison.Ordinal);
        Assert.Contains(stored.KnowledgeEntryId!, next, StringComparison.Ordinal);
        Assert.Contains("Nestor Wilke", TicketScenario.ReplyText(toUser), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answer_AddedToKnowledgeBase_OtherTenantNeverSeesItAndSharedArticlesUnchanged()
    {
        var question = "Who approves travel to the Zephyr partner summit in Porto?";
        var scenario = new TicketScenario(app);
        var (admin, _, ticket) = await scenario.PostTicketAsync(question);
        var elsewhere = new TicketScenario(app);
        var stranger = elsewhere.AddUser("Pat Other");
        var sharedEntries = app.Services.GetRequiredService<KnowledgeBaseStore>().Current.Entries.Count;

        await scenario.PressForCardTextAsync(scenario.AnswerPress(admin, ticket, "Porto travel is approved by Nestor Wilke, the alliance manager.", addToKnowledgeBase: true));
        var sameTenant = TicketScenario.ReplyText(await app.Harness.AskAsync(scenario.Personal(scenario.AddUser("Lee Gu"), question)));
        var otherTenant = TurnHarness.CardOf(await app.Harness.AskAsync(elsewhere.Personal(stranger, question)));

        var entryId = (await scenario.TicketAsync(ticket.Id)).KnowledgeEntryId!;
        Assert.Contains("Nestor Wilke", sameTenant, StringComparison.Ordinal);
        Assert.DoesNotContain("Nestor Wilke", TurnHarness.TextOf(otherTenant), StringComparison.Ordinal);
        Assert.DoesNotContain(entryId, otherTenant.GetRawText(), StringComparison.Ordinal);
        var (status, _) = await elsewhere.PressAsync(elsewhere.Press(stranger, BenefitsBot.Cards.CardVerbs.ShowEntry, new JsonObject { ["entryId"] = entryId, ["lang"] = "en" }));
        Assert.Equal(400, status);
        Assert.Equal(sharedEntries, app.Services.GetRequiredService<KnowledgeBaseStore>().Current.Entries.Count);
        var imported = Path.Combine(app.Services.GetRequiredService<ArticleLibrary>().ImportedFolder);
        Assert.False(Directory.Exists(imported) && Directory.EnumerateFiles(imported, AdminAnswerArticle.SlugPrefix + "*").Any(), "an admin's answer was written to the shared article folder");
    }

    [Fact]
    public async Task Answer_AddedToKnowledgeBaseOnOneInstance_AnotherInstanceAnswersTheNextQuestion()
    {
        var question = "Who approves travel to the Zephyr partner summit in Madrid?";
        var scenario = new TicketScenario(app);
        var other = app.StartInstance().Harness;
        var later = scenario.AddUser("Lee Gu");
        var (admin, _, ticket) = await scenario.PostTicketAsync(question);
        var before = TicketScenario.ReplyText(await other.AskAsync(scenario.Personal(later, question)));

        await scenario.PressForCardTextAsync(scenario.AnswerPress(admin, ticket, "Madrid travel is approved by Nestor Wilke.", addToKnowledgeBase: true));
        var after = TicketScenario.ReplyText(await other.AskAsync(scenario.Personal(later, question)));

        Assert.DoesNotContain("Nestor Wilke", before, StringComparison.Ordinal);
        Assert.Contains("Madrid travel is approved by Nestor Wilke.", after, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sv", "sv-SE", "Vem bokar konferensrummet Orion inför partnerdagen?", "Assistenten Nestor Wilke bokar rummet.")]
    [InlineData("zh-TW", "zh-TW", "誰負責預訂獵戶座會議室給合作夥伴日使用？", "由行政助理 Nestor Wilke 預訂。")]
    public async Task Answer_AddedToKnowledgeBaseInQuestionsLanguage_NextAskerInThatLanguageAnswered(string language, string locale, string question, string answer)
    {
        var scenario = new TicketScenario(app);
        var admin = scenario.AddAdmin("Adele Vance");
        var user = scenario.AddUser("Alex Wilber");
        var later = scenario.AddUser("Lee Gu");
        await scenario.ChooseChannelAsync(admin);
        await scenario.AskAdminsAsync(user, question, language);
        var ticket = await scenario.SingleTicketAsync();

        await scenario.PressForCardTextAsync(scenario.AnswerPress(admin, ticket, answer, addToKnowledgeBase: true));
        var next = TurnHarness.CardOf(await app.Harness.AskAsync(scenario.Personal(later, question, locale)));

        var stored = await scenario.TicketAsync(ticket.Id);
        Assert.NotNull(stored.KnowledgeEntryId);
        Assert.Contains(answer, TurnHarness.TextOf(next), StringComparison.Ordinal);
        Assert.Contains(stored.KnowledgeEntryId, next.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answer_AddedToKnowledgeBaseOnAnOutOfScopeTopic_NextAskerAnswered()
    {
        // Travel expenses are a topic the shipped articles never answer; an admin's entry about them does.
        const string question = "Who approves travel expenses for the partner summit in Seattle?";
        const string answer = "Your manager approves them in the expense tool before you book.";
        var scenario = new TicketScenario(app);
        var (admin, _, ticket) = await scenario.PostTicketAsync(question);
        var later = scenario.AddUser("Lee Gu");

        await scenario.PressForCardTextAsync(scenario.AnswerPress(admin, ticket, answer, addToKnowledgeBase: true));
        var next = TurnHarness.CardOf(await app.Harness.AskAsync(scenario.Personal(later, question)));

        var stored = await scenario.TicketAsync(ticket.Id);
        Assert.False(stored.KnowledgeEntryUnreachable);
        Assert.Contains(answer, TurnHarness.TextOf(next), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskAdmins_NoChannelYet_UserToldPlainlyAndTicketPostedWhenChannelIsChosen()
    {
        var scenario = new TicketScenario(app);
        var admin = scenario.AddAdmin("Adele Vance");
        var user = scenario.AddUser("Alex Wilber");

        var receipt = await scenario.AskAdminsAsync(user, Unanswerable);
        var kept = await scenario.SingleTicketAsync();
        var chosen = await scenario.ChooseChannelAsync(admin);
        var thread = await Connector.WaitForRequestAsync(r => r.Operation == ConnectorOperation.CreateConversation && r.Succeeded && r.TargetConversationId!.StartsWith(scenario.ChannelId, StringComparison.Ordinal));

        Assert.Contains("haven't set up a channel for questions yet", receipt, StringComparison.Ordinal);
        Assert.Equal(TicketState.Open, kept.State);
        Assert.Null(kept.ThreadConversationId);
        Assert.Contains("1 question(s) that were waiting are now posted here", chosen, StringComparison.Ordinal);
        Assert.Contains(Unanswerable, TurnHarness.TextOf(TurnHarness.CardOf(thread.Activity!)), StringComparison.Ordinal);
        Assert.Equal(thread.TargetConversationId, (await scenario.SingleTicketAsync()).ThreadConversationId);
    }

    [Fact]
    public async Task AskAdmins_SwedishChannelAndDutchQuestion_EachSideReadsItsOwnLanguage()
    {
        var scenario = new TicketScenario(app);
        var admin = scenario.AddAdmin("Adele Vance");
        var user = scenario.AddUser("Alex Wilber");
        var question = "Wie betaalt de reis naar de partnertop in Lissabon?";

        var chosen = await scenario.ChooseChannelAsync(admin, "Ärenden här");
        var receipt = await scenario.AskAdminsAsync(user, question, "nl");
        var thread = await Connector.WaitForRequestAsync(r => r.Operation == ConnectorOperation.CreateConversation && r.Succeeded && r.TargetConversationId!.StartsWith(scenario.ChannelId, StringComparison.Ordinal));
        var ticket = await scenario.SingleTicketAsync();
        var answered = await scenario.PressForCardTextAsync(scenario.AnswerPress(admin, ticket, "De teamleider betaalt.", addToKnowledgeBase: false, cardLanguage: "sv"));

        Assert.Contains("kommer hit till kanalen", chosen, StringComparison.Ordinal);
        Assert.Contains("Ik heb uw vraag naar uw beheerders gestuurd", receipt, StringComparison.Ordinal);
        Assert.Equal("nl", ticket.Language);
        var card = TurnHarness.CardOf(thread.Activity!);
        Assert.Equal("sv", card.GetProperty("lang").GetString());
        Assert.Contains("Fråga från Alex Wilber", TurnHarness.TextOf(card), StringComparison.Ordinal);
        Assert.Contains("nederländska", TurnHarness.TextOf(card), StringComparison.Ordinal);
        Assert.Contains("Besvarat av Adele Vance", answered, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskAdmins_BotRemovedFromTheTeam_UserToldQuestionIsKeptAndTicketStaysOpen()
    {
        var scenario = new TicketScenario(app);
        var admin = scenario.AddAdmin("Adele Vance");
        var user = scenario.AddUser("Alex Wilber");
        await scenario.ChooseChannelAsync(admin);
        Connector.InjectFault(ConnectorFault.BotNotInConversationRoster(), when: r => r.Operation == ConnectorOperation.CreateConversation && r.Body.Contains(scenario.ChannelId, StringComparison.Ordinal));

        var receipt = await scenario.AskAdminsAsync(user, Unanswerable);

        Assert.Contains("couldn't reach your admins' channel", receipt, StringComparison.Ordinal);
        var ticket = await scenario.SingleTicketAsync();
        Assert.Equal(TicketState.Open, ticket.State);
        Assert.Null(ticket.ThreadConversationId);
    }

    [Fact]
    public async Task AskAdmins_DoublePressOnTheSubmitFallback_OneTicketAndBothPressesGetItsReceipt()
    {
        var scenario = new TicketScenario(app);
        var admin = scenario.AddAdmin("Adele Vance");
        var user = scenario.AddUser("Alex Wilber");
        await scenario.ChooseChannelAsync(admin);
        var conversation = TicketScenario.PersonalConversationOf(user);
        var before = Connector.Requests.Count;

        var results = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => app.Harness.SendAsync(SubmitFallback(scenario, user, Unanswerable))));
        var replies = await Connector.WaitForRequestsAsync(2, r => r.Sequence > before && r.ConversationId == conversation && r.Activity?.Attachments is { Count: > 0 });

        Assert.All(results, r => Assert.Equal(200, r.Status));
        var ticket = await scenario.SingleTicketAsync();
        var texts = replies.Select(r => TicketScenario.ReplyText(r.Activity!)).ToList();
        Assert.All(texts, t => Assert.Contains(ticket.ShortId, t, StringComparison.Ordinal));
        Assert.Single(texts, t => t.Contains("You already sent this question to your admins", StringComparison.Ordinal));
        Assert.Single(Connector.Requests, r => r.Sequence > before && r.Operation == ConnectorOperation.CreateConversation && r.Succeeded && r.TargetConversationId!.StartsWith(scenario.ChannelId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AskAdmins_SameQuestionAgainAfterItWasAnswered_NewTicket()
    {
        var scenario = new TicketScenario(app);
        var (admin, user, first) = await scenario.PostTicketAsync(Unanswerable);
        await scenario.PressForCardTextAsync(scenario.AnswerPress(admin, first, "In USD, through Partner Center.", addToKnowledgeBase: false));

        var again = await scenario.AskAdminsAsync(user, "  What does the gold competency fee cost in EUROS? ");

        Assert.Contains("I sent your question to your admins", again, StringComparison.Ordinal);
        Assert.Equal(2, (await scenario.Records.ListAsync<Ticket>(scenario.TenantId, CancellationToken.None)).Count);
    }

    /// <summary>"Ask the admins" as a client without Universal Actions sends it: a message with the button's data and no text.</summary>
    private static Activity SubmitFallback(TicketScenario scenario, TeamsPerson user, string question)
    {
        var activity = scenario.Personal(user, string.Empty);
        activity.Text = null;
        activity.Value = TeamsActivities.Json(new JsonObject { ["verb"] = TicketVerbs.Create, ["lang"] = "en", ["question"] = question }.ToJsonString());
        return activity;
    }

    [Fact]
    public async Task TicketsHere_NonAdmin_RefusedAndNoChannelStored()
    {
        var scenario = new TicketScenario(app);
        var member = scenario.AddUser("Mallory Member");

        var reply = await scenario.ChooseChannelAsync(member);

        Assert.Contains("Only", reply, StringComparison.Ordinal);
        Assert.Null(await scenario.Records.FindAsync<TicketChannel>(scenario.TenantId, TicketChannel.SingleId, CancellationToken.None));
    }

    [Fact]
    public async Task UnhelpfulAnswer_No_OffersAskTheAdminsWithTheQuestion()
    {
        var scenario = new TicketScenario(app);
        var user = scenario.AddUser("Alex Wilber");
        var question = "What's the difference between the Action Pack and the Learning Action Pack?";
        var answer = TurnHarness.CardOf(await app.Harness.AskAsync(scenario.Personal(user, question)));
        var no = CardButtons.DataOf(CardButtons.Of(answer, BenefitsBot.Cards.CardVerbs.Feedback).First(b => !b.GetProperty("data").GetProperty("helpful").GetBoolean()));

        var card = await scenario.PressForCardTextAsync(scenario.Press(user, BenefitsBot.Cards.CardVerbs.Feedback, no));

        Assert.Contains("Ask the admins", card, StringComparison.Ordinal);
        Assert.Contains(question, card, StringComparison.Ordinal);
        Assert.Contains(TicketVerbs.Create, card, StringComparison.Ordinal);
    }
}

public sealed class SqliteTicketFlowTests(SqliteAdminBotApp app) : TicketFlowTests(app), IClassFixture<SqliteAdminBotApp>;

public sealed class PostgresTicketFlowTests(PostgresAdminBotApp app) : TicketFlowTests(app), IClassFixture<PostgresAdminBotApp>;
