using System.Text.Json;

namespace BenefitsBot.Protocol.Turns;

/// <summary>Invoke routing: Universal Actions and typeahead search, with a 400 for a value that does not parse.</summary>
public abstract partial class TeamsActivityHandler
{
    protected virtual async Task OnInvokeAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        switch (turn.Activity.Name)
        {
            case "adaptiveCard/action":
                var action = ReadValue(turn, InvokeJsonContext.Default.AdaptiveCardInvokeValue);
                if (action?.Action is null || string.IsNullOrEmpty(action.Action.Type))
                {
                    turn.InvokeResponse = InvokeResponse.Error(400, "BadRequest", "Missing action in the adaptiveCard/action value.");
                    return;
                }

                if (action.Action.Type != "Action.Execute")
                {
                    turn.InvokeResponse = InvokeResponse.Error(400, "NotSupported", $"The action '{action.Action.Type}' is not supported.");
                    return;
                }

                turn.InvokeResponse = await OnAdaptiveCardActionAsync(turn, action.Action, cancellationToken);
                return;
            case "application/search":
                var search = ReadValue(turn, InvokeJsonContext.Default.SearchInvokeValue);
                if (search?.QueryText is null)
                {
                    turn.InvokeResponse = InvokeResponse.Error(400, "BadRequest", "Missing queryText in the application/search value.");
                    return;
                }

                turn.InvokeResponse = await OnSearchAsync(turn, search, cancellationToken);
                return;
            default:
                return;
        }
    }

    /// <summary>An Action.Execute; return the new card or a message. Null leaves the invoke unanswered (501).</summary>
    protected virtual Task<InvokeResponse?> OnAdaptiveCardActionAsync(TurnContext turn, AdaptiveCardInvokeAction action, CancellationToken cancellationToken) =>
        Task.FromResult<InvokeResponse?>(null);

    /// <summary>Typeahead search on a filtered Input.ChoiceSet.</summary>
    protected virtual Task<InvokeResponse?> OnSearchAsync(TurnContext turn, SearchInvokeValue search, CancellationToken cancellationToken) =>
        Task.FromResult<InvokeResponse?>(null);

    private static T? ReadValue<T>(TurnContext turn, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type)
        where T : class
    {
        if (turn.Activity.Value is not { ValueKind: JsonValueKind.Object } value)
        {
            return null;
        }

        try
        {
            return value.Deserialize(type);
        }
        catch (JsonException)
        {
            // A wrongly shaped value is the caller's error; the turn answers 400 instead of throwing.
            return null;
        }
    }
}
