namespace BenefitsBot.Bot.Dialogs.Assignment;

/// <summary>How the license assignment went for one user: assigned, or why not (in the admin's language).</summary>
public sealed record UserAssignmentResult(PickedUser User, bool Assigned, string? Reason);
