using BenefitsBot.Escalation;
using BenefitsBot.Storage;
using BenefitsBot.Storage.Questions;
using BenefitsBot.Storage.Nudges;
using BenefitsBot.Storage.Tenants;
using BenefitsBot.Suggestions;

namespace BenefitsBot.Reporting;

/// <summary>Gathers the report's figures from the question log, the feedback store, the tickets, the nudge outbox and the suggestions.</summary>
public sealed class AdminReportBuilder(IQuestionLog questions, IFeedbackStore feedback, ITenantRecordStore records, INudgeOutbox nudges)
{
    /// <summary>The tenants that asked anything since <paramref name="since"/>, for a report over all tenants.</summary>
    public async Task<IReadOnlyList<string>> TenantsAsync(DateOnly since, CancellationToken cancellationToken) =>
        [.. (await questions.TallyAsync(null, Start(since), cancellationToken)).Select(t => t.TenantId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    public async Task<AdminReport> BuildAsync(string tenantId, DateOnly since, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        var tallies = await questions.TallyAsync(tenantId, Start(since), cancellationToken);
        var byKind = Enum.GetValues<QuestionOutcomeKind>().ToDictionary(k => k, k => tallies.Where(t => t.Kind == k).Sum(t => t.Count));
        var tickets = await records.ListAsync<Ticket>(tenantId, cancellationToken);
        var open = tickets
            .Select(t => t.Value)
            .Where(t => t.State != TicketState.Resolved)
            .Select(t => new OpenTicket(t.Id, t.ShortId, t.State.ToString(), t.Language, t.CreatedAt, t.Question))
            .ToList();
        return new AdminReport(
            tenantId,
            since,
            Asked: byKind.Values.Sum(),
            Answered: byKind[QuestionOutcomeKind.Answered] + byKind[QuestionOutcomeKind.Rule],
            Unanswered: byKind[QuestionOutcomeKind.None],
            Clarify: byKind[QuestionOutcomeKind.Clarify] + byKind[QuestionOutcomeKind.NeedsDate],
            byKind,
            await feedback.CountByEntryAsync(tenantId, cancellationToken),
            open,
            await nudges.CountAsync(tenantId, Start(since), cancellationToken),
            SuggestionCounts.Of((await records.ListAsync<AlternateSuggestion>(tenantId, cancellationToken)).Select(s => s.Value), Start(since)));
    }

    private static DateTimeOffset Start(DateOnly since) => new(since.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
