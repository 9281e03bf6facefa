using System.Text.Json.Nodes;

namespace BenefitsBot.AdaptiveCards.Actions;

/// <summary>Universal Actions: Teams sends an <c>adaptiveCard/action</c> invoke and the bot may replace the card.</summary>
public sealed class ExecuteAction(string verb) : CardAction
{
    /// <summary>The data key under which <see cref="WithSubmitFallback"/> carries the verb.</summary>
    public const string VerbDataKey = "verb";

    public string Verb { get; } = verb;

    public JsonObject? Data { get; init; }

    public AssociatedInputs? AssociatedInputs { get; init; }

    /// <summary>
    /// The same action with an Action.Submit fallback for hosts without Universal Actions;
    /// the verb travels in the submitted data as <see cref="VerbDataKey"/>.
    /// </summary>
    public ExecuteAction WithSubmitFallback()
    {
        var data = Data?.DeepClone().AsObject() ?? [];
        data[VerbDataKey] = Verb;
        return new ExecuteAction(Verb)
        {
            Id = Id,
            Title = Title,
            Style = Style,
            Mode = Mode,
            Tooltip = Tooltip,
            IsEnabled = IsEnabled,
            Data = Data,
            AssociatedInputs = AssociatedInputs,
            Fallback = new SubmitAction { Title = Title, Style = Style, Data = data, AssociatedInputs = AssociatedInputs },
        };
    }
}
