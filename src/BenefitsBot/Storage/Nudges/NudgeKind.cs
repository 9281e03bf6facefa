namespace BenefitsBot.Storage.Nudges;

/// <summary>What a nudge reminds of; stored by name, so never rename a member once data exists.</summary>
public enum NudgeKind
{
    /// <summary>The renewal window of a membership offer opens soon, or opened today (channel).</summary>
    RenewalWindowOpens,

    /// <summary>The 30-day grace period after the anniversary ends soon (channel).</summary>
    GracePeriodEnds,

    /// <summary>Benefits of an offer are not activated yet and the benefit expiry date is near (channel).</summary>
    BenefitsNotActivated,

    /// <summary>An employee's own user-assigned benefit (Visual Studio, Azure credit) ends soon (1:1).</summary>
    AssignmentEnds,
}
