namespace BenefitsBot.Storage;

/// <summary>"Was this helpful?" answers per knowledge-base entry; they feed the admin report.</summary>
public interface IFeedbackStore
{
    Task RecordAsync(FaqFeedback feedback, CancellationToken cancellationToken);

    Task<IReadOnlyList<FaqFeedbackCount>> CountByEntryAsync(string tenantId, CancellationToken cancellationToken);
}

public sealed record FaqFeedback(string TenantId, string EntryId, bool Helpful, string Language, string? UserId);

public sealed record FaqFeedbackCount(string EntryId, int Helpful, int NotHelpful);
