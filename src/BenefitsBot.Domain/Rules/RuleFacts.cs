namespace BenefitsBot.Domain.Rules;

/// <summary>What the user (or the tenant's records) says happened, beside the dates: the facts that can turn a yes into a no.</summary>
/// <param name="SoftwareBenefitsActivated">Software benefits (keys, downloads) were activated: no refund.</param>
/// <param name="ReplacementAlreadyIssued">A replacement token was already issued once: no second one.</param>
/// <param name="PersonLeft">The person a benefit is assigned to left (a reassignment to a successor is asked about).</param>
/// <param name="RenewalPaid">This cycle's renewal is already paid (or done): the next window is next year's.</param>
public sealed record RuleFacts(
    bool SoftwareBenefitsActivated = false,
    bool ReplacementAlreadyIssued = false,
    bool PersonLeft = false,
    bool RenewalPaid = false)
{
    public static RuleFacts None { get; } = new();
}
