using BenefitsBot.Bot.Access;
using BenefitsBot.Bot.Actions;
using BenefitsBot.Graph;
using Microsoft.Extensions.Logging;

namespace BenefitsBot.Bot.Dialogs.Users;

/// <summary>
/// Typeahead over the caller's own tenant directory (members and guests) for <c>Input.ChoiceSet</c>s with dataset
/// <see cref="Dataset"/>; admins only. A typeahead cannot show an error, so refusals and Graph failures give no results
/// (the gate audits the refusal; the failure is logged) and the dialog's own step reports them when the card is submitted.
/// </summary>
public sealed partial class GraphUserSearch(ITenantDirectory directory, IAdminGate gate, ILogger<GraphUserSearch> logger) : IChoiceSearchHandler
{
    public const string Dataset = "graph.users";

    /// <summary>Teams shows about this many; more only cost Graph time.</summary>
    public const int MaxResults = 15;

    public bool CanHandle(string dataset) => dataset == Dataset;

    public async Task<IReadOnlyList<SearchChoice>> SearchAsync(BotUser user, string dataset, string query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var access = await gate.CheckAsync(user, UserDirectoryRoles.SearchAction, UserDirectoryRoles.MaySearch, cancellationToken);
        if (!access.Allowed)
        {
            return [];
        }

        try
        {
            var found = await directory.SearchUsersAsync(user.TenantId, query ?? string.Empty, MaxResults, cancellationToken);
            return [.. found.Select(u => UserChoices.ToChoice(u, user.Language))];
        }
        catch (TenantDirectoryException failure)
        {
            LogSearchFailed(logger, failure.Kind, failure);
            return [];
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "User typeahead failed ({Kind}); no results shown")]
    private static partial void LogSearchFailed(ILogger logger, TenantDirectoryErrorKind kind, Exception exception);
}
