using BenefitsBot.Cards;
using BenefitsBot.Domain.Knowledge;
using BenefitsBot.Escalation;
using BenefitsBot.Escalation.Cards;
using BenefitsBot.Knowledge;
using BenefitsBot.Localization;
using BenefitsBot.Reporting;
using BenefitsBot.Storage;
using BenefitsBot.Storage.Questions;
using BenefitsBot.Tests.Cards;
using Xunit.Abstractions;

namespace BenefitsBot.Tests.Escalation;

/// <summary>Every ticket and report card, in every state and language, checked by the official Adaptive Cards parser (1.5, strict).</summary>
public sealed class EscalationCardsOracleTests(ITestOutputHelper output)
{
    [Fact]
    public async Task EscalationAndReportCards_ValidateWithOfficialParser_AtVersion15()
    {
        var knowledge = KnowledgeBase.Load(ShippedContent.ArticlesFolder);
        var entry = knowledge.Entries[0];
        var cards = new List<(string Name, string Json)>();
        foreach (var language in UserLanguage.All)
        {
            var open = SampleTicket(language);
            var assigned = open with { State = TicketState.Assigned, AssigneeObjectId = "aad-admin", AssigneeName = "Adele Vance", AssigneeUserId = "29:admin" };
            var resolved = assigned with { State = TicketState.Resolved, Answer = "Ask Partner Center support.\n\n1. Sign in\n2. Open a case", AnsweredByName = "Adele Vance", AskerNotified = true, KnowledgeEntryId = "admin-answer-x/answer" };
            cards.Add(($"ticket-open-{language}", TicketCard.Create(open, language).ToJson()));
            cards.Add(($"ticket-assigned-{language}", TicketCard.Create(assigned, language, "Megan Bowen took this ticket first.").ToJson()));
            cards.Add(($"ticket-resolved-{language}", TicketCard.Create(resolved, language).ToJson()));
            cards.Add(($"ticket-resolved-unreachable-{language}", TicketCard.Create(resolved with { KnowledgeEntryUnreachable = true }, language).ToJson()));
            cards.Add(($"ticket-resolved-kb-failed-{language}", TicketCard.Create(resolved with { AskerNotified = false, KnowledgeEntryId = null, KnowledgeError = "bad line" }, language).ToJson()));
            cards.Add(($"admin-answer-{language}", AdminAnswerCard.Create(resolved).ToJson()));
            cards.Add(($"receipt-{language}", TicketReceiptCard.Create(open, EscalationTexts.Format("TicketSent", language, open.ShortId)).ToJson()));
            cards.Add(($"receipt-already-{language}", TicketReceiptCard.Create(open, EscalationTexts.Format("TicketAlreadyAsked", language, open.ShortId)).ToJson()));
            cards.Add(($"notice-{language}", NoticeCard.Create(EscalationTexts.Get("TicketsHereDone", language), language).ToJson()));
            cards.Add(($"none-ask-{language}", NoAnswerCard.Create(language, "what does the gold competency fee cost in euros?").ToJson()));
            cards.Add(($"faq-not-helpful-{language}", FaqAnswerCard.Create(entry, FaqLanguages.English, language, knowledge, feedbackGiven: false, question: "why?").ToJson()));
            cards.Add(($"faq-with-question-{language}", FaqAnswerCard.Create(entry, FaqLanguages.English, language, knowledge, question: "why?").ToJson()));
            cards.Add(($"report-{language}", ReportCard.Create(SampleReport(entry, open), language, knowledge).ToJson()));
            cards.Add(($"report-empty-{language}", ReportCard.Create(SampleReport(entry, open) with { Feedback = [], OpenTickets = [] }, language, knowledge).ToJson()));
        }

        await CardOracleAssert.AllValidForTeamsAsync(cards, output);
    }

    [Fact]
    public void TicketCard_EachState_OffersOnlyTheNextStep()
    {
        var open = SampleTicket("en");

        var openCard = TicketCard.Create(open, "en").ToJson();
        var assignedCard = TicketCard.Create(open with { State = TicketState.Assigned, AssigneeName = "Adele" }, "en").ToJson();
        var resolvedCard = TicketCard.Create(open with { State = TicketState.Resolved, Answer = "Done.", AnsweredByName = "Adele" }, "en").ToJson();

        Assert.Contains(TicketVerbs.Take, openCard, StringComparison.Ordinal);
        Assert.DoesNotContain(TicketVerbs.Answer, openCard, StringComparison.Ordinal);
        Assert.Contains(TicketVerbs.Answer, assignedCard, StringComparison.Ordinal);
        Assert.Contains("\"id\":\"addToKb\"", assignedCard, StringComparison.Ordinal);
        Assert.DoesNotContain(TicketVerbs.Take, assignedCard, StringComparison.Ordinal);
        Assert.DoesNotContain(TicketVerbs.Answer, resolvedCard, StringComparison.Ordinal);
        Assert.Contains("Answered by Adele", resolvedCard, StringComparison.Ordinal);
    }

    private static Ticket SampleTicket(string language) => new(
        "0192f0c4a1b27c3d8e9f001122334455", "Wie betaalt de vergoeding voor de gold-competentie in euro?", language, "aad-user", "29:user", "Alex Wilber", "a:personal", TicketState.Open, new DateTimeOffset(2026, 11, 22, 9, 30, 0, TimeSpan.Zero));

    private static AdminReport SampleReport(FaqEntry entry, Ticket ticket) => new(
        "tenant-1",
        new DateOnly(2026, 10, 23),
        Asked: 12,
        Answered: 8,
        Unanswered: 3,
        Clarify: 1,
        Enum.GetValues<QuestionOutcomeKind>().ToDictionary(k => k, _ => 2),
        [new FaqFeedbackCount(entry.Id, 3, 1), new FaqFeedbackCount("gone/entry", 0, 2)],
        [new OpenTicket(ticket.Id, ticket.ShortId, "Open", ticket.Language, ticket.CreatedAt, ticket.Question)],
        new BenefitsBot.Storage.Nudges.NudgeDeliveryCounts(Pending: 2, Sent: 5, Retrying: 0, Failed: 1, Cancelled: 0),
        new BenefitsBot.Suggestions.SuggestionCounts(Pending: 3, Accepted: 2, Rejected: 1));
}
