using BenefitsBot.Bot.Actions;
using BenefitsBot.Graph;

namespace BenefitsBot.Bot.Dialogs.Users;

/// <summary>
/// The plain-text fallback of the user picker, and the check behind every picked value (card data may be forged): looks
/// the text up in the caller's tenant with the typeahead's filter. An exact address (UPN or mail) or an exact, unique
/// display name wins; otherwise every prefix match is offered. Graph failures surface as <see cref="TenantDirectoryException"/>.
/// </summary>
public sealed partial class DirectoryUserLookup(ITenantDirectory directory)
{
    /// <summary>Enough to show a pick list; more means the admin should type more.</summary>
    public const int MaxMatches = 10;

    public async Task<UserLookup> FindAsync(BotUser user, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var typed = (text ?? string.Empty).Trim();
        if (typed.Length == 0)
        {
            return new UserLookup(typed, []);
        }

        var found = await directory.SearchUsersAsync(user.TenantId, typed, MaxMatches, cancellationToken);
        return new UserLookup(typed, Narrow(found, typed));
    }

    private static IReadOnlyList<DirectoryUser> Narrow(IReadOnlyList<DirectoryUser> found, string typed)
    {
        var byAddress = found.Where(u => Same(u.UserPrincipalName, typed) || Same(u.Mail, typed)).ToList();
        if (byAddress.Count > 0)
        {
            return byAddress;
        }

        var byName = found.Where(u => Same(u.DisplayName, typed)).ToList();
        return byName.Count == 1 ? byName : found;
    }

    private static bool Same(string? value, string typed) => string.Equals(value, typed, StringComparison.OrdinalIgnoreCase);
}
