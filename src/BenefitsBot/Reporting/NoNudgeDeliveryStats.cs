namespace BenefitsBot.Reporting;

/// <summary>No nudge outbox yet: nothing sent, nothing failed. Replaced when the nudges branch registers its own.</summary>
public sealed class NoNudgeDeliveryStats : INudgeDeliveryStats
{
    public Task<NudgeDeliveryCounts> CountAsync(string tenantId, DateTimeOffset since, CancellationToken cancellationToken) =>
        Task.FromResult(NudgeDeliveryCounts.Zero);
}
