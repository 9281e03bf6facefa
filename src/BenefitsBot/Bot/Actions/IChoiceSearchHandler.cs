namespace BenefitsBot.Bot.Actions;

/// <summary>Typeahead for an <c>Input.ChoiceSet</c> with a <c>Data.Query</c> dataset (<c>application/search</c> invoke).</summary>
public interface IChoiceSearchHandler
{
    bool CanHandle(string dataset);

    Task<IReadOnlyList<SearchChoice>> SearchAsync(BotUser user, string dataset, string query, CancellationToken cancellationToken);
}
