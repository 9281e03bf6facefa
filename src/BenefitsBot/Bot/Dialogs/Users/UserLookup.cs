using BenefitsBot.Graph;

namespace BenefitsBot.Bot.Dialogs.Users;

/// <summary>What a typed name, email or picked value matched in the directory: one user, several to pick from, or none.</summary>
public sealed record UserLookup(string Text, IReadOnlyList<DirectoryUser> Matches)
{
    /// <summary>The one user meant, when the text named exactly one.</summary>
    public DirectoryUser? User => Matches.Count == 1 ? Matches[0] : null;

    public bool IsAmbiguous => Matches.Count > 1;

    public bool IsEmpty => Matches.Count == 0;
}
