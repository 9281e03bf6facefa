using Microsoft.Graph.Models;

namespace BenefitsBot.Graph;

internal sealed partial class GraphTenantDirectory
{
    private const int MaxTop = 999;

    public Task<IReadOnlyList<DirectoryUser>> SearchUsersAsync(string tenantId, string query, int top, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(top);
        return CallAsync<IReadOnlyList<DirectoryUser>>(tenantId, GraphOperation.SearchUsers, async (graph, ct) =>
        {
            var filter = UserSearchFilter.For(query);
            var page = await graph.Users.GetAsync(r =>
            {
                r.QueryParameters.Filter = filter;
                r.QueryParameters.Top = Math.Min(top, MaxTop);
                r.QueryParameters.Select = ["id", "displayName", "mail", "userPrincipalName", "userType", "accountEnabled"];
            }, ct).ConfigureAwait(false);
            return [.. (page?.Value ?? []).Where(u => u.Id is not null).Take(top).Select(ToUser)];
        }, cancellationToken);
    }

    private static DirectoryUser ToUser(User user) =>
        new(user.Id!, user.DisplayName ?? user.UserPrincipalName ?? user.Id!, user.Mail, user.UserPrincipalName, user.UserType, user.AccountEnabled);
}
