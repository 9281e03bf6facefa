namespace BenefitsBot.Graph;

/// <summary>A user found in the directory, member or guest (<see cref="IsGuest"/>), for pickers.</summary>
public sealed record DirectoryUser(string Id, string DisplayName, string? Mail, string? UserPrincipalName, string? UserType, bool? AccountEnabled)
{
    public bool IsGuest => string.Equals(UserType, "Guest", StringComparison.OrdinalIgnoreCase);

    /// <summary>Mail if any, else the user principal name (a guest's UPN is the unreadable <c>x_y.com#EXT#@…</c> form).</summary>
    public string? Contact => Mail ?? UserPrincipalName;
}
