using System.Text.Json;
using BenefitsBot.Storage;
using BenefitsBot.Testing;
using BenefitsBot.Testing.Turns;
using BenefitsBot.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace BenefitsBot.Tests.Bot;

/// <summary>Whole turns through the real pipeline and bot; replies read where the real connector client delivered them.</summary>
public sealed class BotTurnTests : IAsyncLifetime
{
    private readonly BotApp app = new();

    public Task InitializeAsync() => app.InitializeAsync();

    public Task DisposeAsync() => app.DisposeAsync();

    private TurnHarness Harness => app.Harness;

    private static string CardLang(BenefitsBot.Protocol.Activities.Activity reply) => TurnHarness.CardOf(reply).GetProperty("lang").GetString()!;

    private static string CardText(BenefitsBot.Protocol.Activities.Activity reply) => TurnHarness.TextOf(TurnHarness.CardOf(reply));

    [Fact]
    public async Task Message_SwedishGreeting_WelcomesInSwedish()
    {
        var reply = await Harness.AskAsync(TeamsActivities.PersonalMessage(Harness.ServiceUrl, "hej", "en-US"));

        Assert.Equal("sv", CardLang(reply));
        Assert.Contains("Det här kan jag", CardText(reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_SwedishQuestionFromEnglishClient_AnswersInSwedish()
    {
        var reply = await Harness.AskAsync(TeamsActivities.PersonalMessage(Harness.ServiceUrl, "när kan vi förnya vårt Microsoft Action Pack?", "en-US"));

        Assert.Equal("sv", CardLang(reply));
        Assert.Contains("Action Pack", CardText(reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_DateRuleQuestion_AnswersWithComputedWindow()
    {
        // The article's own example, asked before the first anniversary (later, the latest anniversary's window is the one asked about).
        var message = TeamsActivities.PersonalMessage(Harness.ServiceUrl, "We bought the Action Pack on 1 sept 2020, when can we renew?");
        message.LocalTimestamp = new DateTimeOffset(2021, 6, 1, 9, 0, 0, TimeSpan.FromHours(2));

        var reply = await Harness.AskAsync(message);

        var card = CardText(reply);
        Assert.Contains("2021-09-02", card, StringComparison.Ordinal);
        Assert.Contains("2021-10-01", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_DateRuleQuestionYearsAfterPurchase_AnswersWithTheLatestCyclesWindow()
    {
        var message = TeamsActivities.PersonalMessage(Harness.ServiceUrl, "We bought the Action Pack on 1 sept 2020, can we still renew today?");
        message.LocalTimestamp = new DateTimeOffset(2024, 9, 20, 9, 0, 0, TimeSpan.FromHours(2));

        var reply = await Harness.AskAsync(message);

        var card = CardText(reply);
        Assert.Contains("2024-09-02", card, StringComparison.Ordinal);
        Assert.Contains("2024-10-01", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_RelativeDate_CountsFromTheUsersLocalDay()
    {
        var message = TeamsActivities.PersonalMessage(Harness.ServiceUrl, "we redeemed the product key yesterday, until when can we use it?");
        message.LocalTimestamp = new DateTimeOffset(2025, 1, 10, 0, 30, 0, TimeSpan.FromHours(9));

        var reply = await Harness.AskAsync(message);

        Assert.Contains("2026-01-09", CardText(reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_ClientClockInYearOne_CountsFromTheServersDay()
    {
        var message = TeamsActivities.PersonalMessage(Harness.ServiceUrl, "we redeemed the product key yesterday, until when can we use it?");
        message.LocalTimestamp = new DateTimeOffset(1, 1, 1, 0, 0, 0, TimeSpan.Zero);

        var facts = TurnHarness.FactsOf(TurnHarness.CardOf(await Harness.AskAsync(message)));

        var yesterday = TeamsActivities.UserToday().AddDays(-1);
        Assert.Contains(yesterday.AddYears(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), string.Join('\n', facts.Values), StringComparison.Ordinal);
        Assert.DoesNotContain(facts.Values, v => v.Contains("7398", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en", "Passed", "Days left")]
    [InlineData("sv", "Passerat", "Dagar kvar")]
    [InlineData("nl", "Verstreken", "Dagen over")]
    [InlineData("zh-TW", "已過", "剩餘天數")]
    public void RuleCard_WindowLongPast_SaysHowLongAgoNotDaysLeft(string language, string pastTitle, string daysLeftTitle)
    {
        var answerer = app.Factory.Services.GetRequiredService<BenefitsBot.Answering.QuestionAnswerer>();
        // A named year's window, so that the answer does not move with the clock (the latest cycle's window is open each September).
        var verdict = answerer.Answer("We bought the Action Pack on 1 sept 2020 and renew every year. When was the renewal window in 2021?", "en-US").Verdict!;

        var facts = TurnHarness.FactsOf(BenefitsBot.Cards.RuleCard.Create(verdict, language).ToJsonElement());

        Assert.True(verdict.DaysLeft < 0);
        Assert.False(facts.ContainsKey(daysLeftTitle));
        Assert.Contains(Math.Abs(verdict.DaysLeft!.Value).ToString(System.Globalization.CultureInfo.InvariantCulture), facts[pastTitle], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "Possible today", "No", "Reason", "The software benefits were activated")]
    [InlineData("sv", "Möjligt i dag", "Nej", "Skäl", "Programvaruförmånerna har aktiverats")]
    public void RuleCard_StatedFactDecides_YesNoAndReasonOnTheCard(string language, string eligibleTitle, string no, string reasonTitle, string reason)
    {
        var answerer = app.Factory.Services.GetRequiredService<BenefitsBot.Answering.QuestionAnswerer>();
        var answer = answerer.Answer("we bought the action pack on Nov 1 2026 and already downloaded and activated the keys. can we still get a refund?", "en-US", new DateOnly(2026, 11, 5));

        var facts = TurnHarness.FactsOf(BenefitsBot.Cards.RuleCard.Create(answer.Verdict!, language).ToJsonElement());

        Assert.Equal(no, facts[eligibleTitle]);
        Assert.Equal(reason, facts[reasonTitle]);
        Assert.Equal("software-benefits-activated", BenefitsBot.Answering.AnswerJson.Of(answer)["rule"]!["reason"]!.GetValue<string>());
    }

    [Fact]
    public void Answer_TwoRulesFitAlike_ChoiceCardWithOneButtonPerRule()
    {
        var answerer = app.Factory.Services.GetRequiredService<BenefitsBot.Answering.QuestionAnswerer>();
        var answer = answerer.Answer("we got the tokens on Nov 1 2026, can we renew them?", "en-US", new DateOnly(2026, 11, 5));

        var card = BenefitsBot.Cards.AnswerCards.Create(answer, answer.Knowledge)!.ToJsonElement();
        var actions = card.GetProperty("actions").EnumerateArray().ToList();

        Assert.Equal(2, actions.Count);
        Assert.All(actions, a => Assert.Equal("Action.ShowCard", a.GetProperty("type").GetString()));
        Assert.Equal("renewal-window", BenefitsBot.Answering.AnswerJson.Of(answer)["rule_alternative"]!["kind"]!.GetValue<string>());
    }

    [Fact]
    public async Task Message_PriceQuestion_SaysArticlesDoNotCoverIt()
    {
        var reply = await Harness.AskAsync(TeamsActivities.PersonalMessage(Harness.ServiceUrl, "what does the gold competency fee cost in euros?"));

        Assert.Contains("don't cover this", CardText(reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_InChannelWithMention_AnswersTheQuestionWithoutTheMention()
    {
        var reply = await Harness.AskAsync(TeamsActivities.ChannelMessage(Harness.ServiceUrl, "hi"));

        Assert.Equal("BenefitsBot", TurnHarness.CardOf(reply).GetProperty("body")[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task ConversationUpdate_BotAddedThenRemoved_StoresThenDeactivatesReference()
    {
        var store = app.Factory.Services.GetRequiredService<IConversationReferenceStore>();
        var added = TeamsActivities.ConversationUpdate(Harness.ServiceUrl, botAdded: true);

        var welcome = await Harness.AskAsync(added);
        var stored = await store.ListActiveAsync(TeamsActivities.TenantId, CancellationToken.None);
        var removal = await Harness.SendAsync(TeamsActivities.ConversationUpdate(Harness.ServiceUrl, botAdded: false));
        var afterRemoval = await store.ListActiveAsync(TeamsActivities.TenantId, CancellationToken.None);

        Assert.Equal("BenefitsBot", TurnHarness.CardOf(welcome).GetProperty("body")[0].GetProperty("text").GetString());
        Assert.Equal(Harness.ServiceUrl.ToString(), Assert.Single(stored).ServiceUrl);
        Assert.Equal(200, removal.Status);
        Assert.Empty(afterRemoval);
    }

    [Fact]
    public async Task Message_ServiceUrlMoved_StoredReferenceFollowsIt()
    {
        var store = app.Factory.Services.GetRequiredService<IConversationReferenceStore>();
        var moved = new UriBuilder(Harness.ServiceUrl) { Host = "localhost" }.Uri;
        await Harness.AskAsync(TeamsActivities.PersonalMessage(Harness.ServiceUrl, "hi"));

        await Harness.AskAsync(TeamsActivities.PersonalMessage(moved, "hi"));
        var stored = await store.FindAsync(TeamsActivities.TenantId, "a:personal-1", CancellationToken.None);

        Assert.Equal(moved.ToString(), stored?.ServiceUrl);
    }

    [Fact]
    public async Task CardAction_FeedbackOnAnEntry_IsStoredAndCardThanksInPlace()
    {
        var answer = await Harness.AskAsync(TeamsActivities.PersonalMessage(Harness.ServiceUrl, "when can we renew the action pack?"));
        var feedbackAction = FindAction(TurnHarness.CardOf(answer), "faq.feedback", helpful: true);
        var invoke = TeamsActivities.Invoke(Harness.ServiceUrl, "adaptiveCard/action", $$"""{"action":{"type":"Action.Execute","verb":"faq.feedback","data":{{feedbackAction.GetRawText()}}},"trigger":"manual"}""");

        var result = await Harness.SendAsync(invoke);
        var counts = await app.Factory.Services.GetRequiredService<IFeedbackStore>().CountByEntryAsync(TeamsActivities.TenantId, CancellationToken.None);

        Assert.Equal(200, result.Status);
        Assert.Equal("application/vnd.microsoft.card.adaptive", result.Body!["type"]!.GetValue<string>());
        Assert.Contains("Thanks for letting me know", result.Body.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(1, Assert.Single(counts).Helpful);
    }

    [Fact]
    public async Task CardAction_ForgedEntryId_IsRefusedWith400AndNothingStored()
    {
        var invoke = TeamsActivities.Invoke(Harness.ServiceUrl, "adaptiveCard/action", """{"action":{"type":"Action.Execute","verb":"faq.feedback","data":{"entryId":"no-such-entry","helpful":true}}}""");

        var result = await Harness.SendAsync(invoke);
        var counts = await app.Factory.Services.GetRequiredService<IFeedbackStore>().CountByEntryAsync(TeamsActivities.TenantId, CancellationToken.None);

        Assert.Equal(400, result.Status);
        Assert.Equal("application/vnd.microsoft.error", result.Body!["type"]!.GetValue<string>());
        Assert.Empty(counts);
    }

    [Fact]
    public async Task SubmitFallback_ShowEntry_SendsTheAnswerCard()
    {
        var answer = await Harness.AskAsync(TeamsActivities.PersonalMessage(Harness.ServiceUrl, "when can we renew the action pack?"));
        var entryId = FindAction(TurnHarness.CardOf(answer), "faq.feedback", helpful: true).GetProperty("entryId").GetString();
        var submit = TeamsActivities.PersonalMessage(Harness.ServiceUrl, string.Empty);
        submit.Text = null;
        submit.Value = TeamsActivities.Json($$"""{"verb":"faq.show","entryId":"{{entryId}}","lang":"nl"}""");

        var reply = await Harness.AskAsync(submit);

        Assert.Equal("nl", CardLang(reply));
    }

    [Fact]
    public async Task Message_ConnectorFailsTwiceWith502_ReplyStillArrives()
    {
        Harness.Connector.InjectFault(ConnectorFault.WithStatus(System.Net.HttpStatusCode.BadGateway), times: 2);

        var message = TeamsActivities.PersonalMessage(Harness.ServiceUrl, "hi");

        var reply = await Harness.AskAsync(message);

        Assert.Equal("BenefitsBot", TurnHarness.CardOf(reply).GetProperty("body")[0].GetProperty("text").GetString());
        Assert.Equal(3, Harness.Connector.Requests.Count(r => r.ConversationId == message.Conversation!.Id));
    }

    [Fact]
    public async Task Message_ConnectorForbidden_Answers500AndHostKeepsServing()
    {
        Harness.Connector.InjectFault(ConnectorFault.MessageWritesBlocked(), times: int.MaxValue);

        var result = await Harness.SendAsync(TeamsActivities.PersonalMessage(Harness.ServiceUrl, "hi"));
        using var client = app.Factory.CreateClient();
        using var health = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(500, result.Status);
        Assert.DoesNotContain("MessageWritesBlocked", result.Body!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.OK, health.StatusCode);
    }

    /// <summary>The data of the first action with <paramref name="verb"/> (and, for feedback, the given answer) anywhere in the card.</summary>
    private static JsonElement FindAction(JsonElement card, string verb, bool helpful) =>
        Descendants(card)
            .Where(n => n.ValueKind == JsonValueKind.Object && n.TryGetProperty("verb", out var v) && v.GetString() == verb && n.TryGetProperty("data", out _))
            .Select(n => n.GetProperty("data"))
            .First(d => !d.TryGetProperty("helpful", out var h) || h.GetBoolean() == helpful);

    private static IEnumerable<JsonElement> Descendants(JsonElement node)
    {
        yield return node;
        var children = node.ValueKind switch
        {
            JsonValueKind.Object => node.EnumerateObject().Select(p => p.Value),
            JsonValueKind.Array => node.EnumerateArray(),
            _ => [],
        };
        foreach (var child in children.SelectMany(Descendants))
        {
            yield return child;
        }
    }
}
