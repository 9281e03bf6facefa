namespace BenefitsBot.Storage.Questions;

/// <summary>The outcome of every question asked (table <c>question_outcomes</c>), counted for the admin report.</summary>
public interface IQuestionLog
{
    Task RecordAsync(QuestionOutcome outcome, CancellationToken cancellationToken);

    /// <summary>Counts per tenant and outcome of questions at or after <paramref name="since"/>; all tenants when <paramref name="tenantId"/> is null.</summary>
    Task<IReadOnlyList<QuestionTally>> TallyAsync(string? tenantId, DateTimeOffset since, CancellationToken cancellationToken);
}
