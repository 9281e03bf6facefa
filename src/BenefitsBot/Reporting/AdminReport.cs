using BenefitsBot.Storage;
using BenefitsBot.Storage.Questions;

namespace BenefitsBot.Reporting;

/// <summary>The admin report for one tenant over a period.</summary>
/// <param name="Answered">Answered from the articles or by a computed date rule.</param>
/// <param name="Clarify">The bot asked back: which question, or which date.</param>
/// <param name="Feedback">"Was this helpful?" per entry (all time: the feedback store keeps no period).</param>
/// <param name="OpenTickets">Tickets not yet answered, whenever asked, oldest first.</param>
/// <param name="Suggestions">Suggested alternate questions waiting (whenever made), accepted and rejected in the period.</param>
public sealed record AdminReport(
    string TenantId,
    DateOnly Since,
    int Asked,
    int Answered,
    int Unanswered,
    int Clarify,
    IReadOnlyDictionary<QuestionOutcomeKind, int> ByOutcome,
    IReadOnlyList<FaqFeedbackCount> Feedback,
    IReadOnlyList<OpenTicket> OpenTickets,
    Storage.Nudges.NudgeDeliveryCounts Nudges,
    Suggestions.SuggestionCounts Suggestions);

/// <summary>A ticket still waiting for an admin; <see cref="Question"/> is shown on the admins' card only, never on the command line.</summary>
public sealed record OpenTicket(string Id, string ShortId, string State, string Language, DateTimeOffset CreatedAt, string Question);
