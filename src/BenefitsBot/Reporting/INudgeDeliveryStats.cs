namespace BenefitsBot.Reporting;

/// <summary>
/// Nudge delivery figures for the report. The nudge outbox (migration step 3, branch <c>nudges</c>) implements this over its
/// delivery states; until it is merged <see cref="NoNudgeDeliveryStats"/> stands in.
/// </summary>
public interface INudgeDeliveryStats
{
    /// <summary>Nudges of <paramref name="tenantId"/> sent, and failed for good, at or after <paramref name="since"/>.</summary>
    Task<NudgeDeliveryCounts> CountAsync(string tenantId, DateTimeOffset since, CancellationToken cancellationToken);
}
