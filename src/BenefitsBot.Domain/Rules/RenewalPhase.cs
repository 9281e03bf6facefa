namespace BenefitsBot.Domain.Rules;

/// <summary>Where a membership offer stands against its renewal window and grace period on a given day.</summary>
public enum RenewalPhase
{
    /// <summary>Before the renewal window opens.</summary>
    Upcoming,

    /// <summary>In the renewal window (the 30 days after the anniversary, which are also the grace period).</summary>
    Open,

    /// <summary>After the grace period: only a support ticket can reactivate the offer.</summary>
    Missed,
}
