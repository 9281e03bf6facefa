namespace BenefitsBot.Storage.Nudges;

/// <summary>How many of a tenant's nudges are in each state (for the settings card and the admins' report).</summary>
public sealed record NudgeDeliveryCounts(int Pending, int Sent, int Retrying, int Failed, int Cancelled);
