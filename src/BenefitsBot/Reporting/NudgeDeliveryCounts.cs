namespace BenefitsBot.Reporting;

/// <summary>Renewal nudges delivered and given up on, for one tenant.</summary>
public sealed record NudgeDeliveryCounts(int Sent, int Failed)
{
    public static NudgeDeliveryCounts Zero { get; } = new(0, 0);
}
