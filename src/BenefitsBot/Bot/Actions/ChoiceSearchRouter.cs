using BenefitsBot.Protocol.Activities;

namespace BenefitsBot.Bot.Actions;

/// <summary>Typeahead datasets to their handlers; unknown datasets and unidentified callers get no results.</summary>
public sealed class ChoiceSearchRouter(IEnumerable<IChoiceSearchHandler> handlers, TimeProvider time)
{
    private readonly IChoiceSearchHandler[] handlers = [.. handlers];

    /// <summary>Null when no handler serves <paramref name="dataset"/>.</summary>
    public async Task<IReadOnlyList<SearchChoice>?> SearchAsync(Activity activity, string? dataset, string query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var handler = dataset is null ? null : Array.Find(handlers, h => h.CanHandle(dataset));
        if (handler is null)
        {
            return null;
        }

        var user = BotUser.From(activity, time);
        return user.IsIdentified ? await handler.SearchAsync(user, dataset!, query, cancellationToken) : [];
    }
}
