using BenefitsBot.Domain.Rules;
using BenefitsBot.Storage.Nudges;
using BenefitsBot.Storage.Tenants;

namespace BenefitsBot.Nudges;

/// <summary>
/// Which nudges are due for one tenant today, from the benefit rules and the tenant's records. Pure: the same data and day
/// give the same nudges, so every instance plans the same keys and the sender can re-check a claimed nudge before posting.
/// </summary>
public static class NudgePlanner
{
    public static IReadOnlyList<PlannedNudge> Plan(TenantNudgeData data, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(data);
        var settings = data.Settings;
        var planned = new List<PlannedNudge>();
        var hasChannel = NudgeChannel.Resolve(data) is not null;
        foreach (var offer in data.Offers)
        {
            if (RenewalCycle.CurrentAnniversary(offer) is not { } stored)
            {
                continue;
            }

            // A competency in the COVID range was extended through its next anniversary: the nudges are about that one.
            var anniversary = RenewalSchedule.For(stored, offer.Kind.IsCompetency()).EffectiveAnniversary;

            if (hasChannel)
            {
                Add(planned, data.TenantId, offer.OfferId, $"renewal:{anniversary:yyyy-MM-dd}", null, offer.OfferId, RenewalSeries(anniversary, settings), today);
                if (HasBenefitsNotActivated(data, offer.OfferId))
                {
                    var activation = NudgeOccurrence.Before(NudgeKind.BenefitsNotActivated, anniversary, settings.ActivationLeadDays, anniversary);
                    Add(planned, data.TenantId, offer.OfferId, $"activation:{anniversary:yyyy-MM-dd}", null, offer.OfferId, activation, today);
                }
            }

            if (settings.EmployeeNudges)
            {
                PlanAssignments(planned, data, offer, anniversary, today);
            }
        }

        return planned;
    }

    /// <summary>30/7/1 days before the window opens and the day it opens, then 7/1 days before the grace period ends: one event series.</summary>
    private static IEnumerable<NudgeOccurrence> RenewalSeries(DateOnly anniversary, NudgeSettings settings)
    {
        var window = BenefitRules.RenewalWindowFromAnniversary(anniversary);
        var graceEnd = BenefitRules.GracePeriodEnd(anniversary);
        return NudgeOccurrence.Before(NudgeKind.RenewalWindowOpens, window.Start, settings.RenewalLeadDays, window.End)
            .Concat(NudgeOccurrence.Before(NudgeKind.GracePeriodEnds, graceEnd, settings.GraceLeadDays, graceEnd));
    }

    /// <summary>Employees' own Visual Studio subscriptions and Azure credits, usable until 30 days after the enrollment renewal date.</summary>
    private static void PlanAssignments(List<PlannedNudge> planned, TenantNudgeData data, MembershipOffer offer, DateOnly anniversary, DateOnly today)
    {
        var end = BenefitRules.UserAssignedBenefitsUsableUntil(anniversary);
        var assignments = data.VisualStudioSubscriptions
            .Where(s => s.MembershipOfferId == offer.OfferId && s.AssigneeObjectId is not null)
            .Select(s => (Subject: $"{s.SubscriptionId}:{s.AssigneeObjectId}", User: s.AssigneeObjectId!))
            .Concat(data.AzureCredits
                .Where(c => c.MembershipOfferId == offer.OfferId)
                .SelectMany(c => c.UserObjectIds.Select(u => (Subject: $"{c.CreditId}:{u}", User: u))));
        foreach (var (subject, user) in assignments)
        {
            var series = NudgeOccurrence.Before(NudgeKind.AssignmentEnds, end, data.Settings.AssignmentLeadDays, end);
            Add(planned, data.TenantId, subject, $"assignment:{end:yyyy-MM-dd}", user, offer.OfferId, series, today);
        }
    }

    private static bool HasBenefitsNotActivated(TenantNudgeData data, string offerId) =>
        data.SoftwareKeys.Any(k => k.MembershipOfferId == offerId && k.RedeemedAt is null)
        || data.CloudSubscriptions.Any(s => s.MembershipOfferId == offerId && s.KeyRedeemedAt is null)
        || data.TechnicalBenefits.Any(b => b.MembershipOfferId == offerId && b.ActivatedAt is null)
        || data.GoToMarketOffers.Any(g => g.MembershipOfferId == offerId && g.ActivatedAt is null)
        || data.VisualStudioSubscriptions.Any(s => s.MembershipOfferId == offerId && s.AssigneeObjectId is null);

    private static void Add(List<PlannedNudge> planned, string tenantId, string subject, string series, string? recipient, string offerId, IEnumerable<NudgeOccurrence> occurrences, DateOnly today)
    {
        if (NudgeOccurrence.Latest(occurrences, today) is { } due)
        {
            planned.Add(new PlannedNudge(tenantId, subject, due.Kind, series, due.DueDate, due.EventDate, recipient, offerId));
        }
    }
}
