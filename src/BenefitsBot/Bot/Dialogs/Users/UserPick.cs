using BenefitsBot.Graph;

namespace BenefitsBot.Bot.Dialogs.Users;

/// <summary>
/// The user picker's answer after a submit: the one user meant, or the message to show (none found, several, nothing given)
/// with the choices to offer next (the matches when several) and the typed text to keep.
/// </summary>
public sealed record UserPick(DirectoryUser? User, string? Error, IReadOnlyList<DirectoryUser> Choices, string? Typed);
