using BenefitsBot.AdaptiveCards;
using BenefitsBot.AdaptiveCards.Inputs;
using CardAction = BenefitsBot.Bot.Actions.CardAction;
using BenefitsBot.Graph;
using BenefitsBot.Localization;

namespace BenefitsBot.Bot.Dialogs.Users;

/// <summary>
/// The user picker of the admin cards: a typeahead over the tenant directory (<see cref="GraphUserSearch"/>) plus a text
/// field for clients without typeahead, where a name or email is typed and looked up when the card is submitted.
/// </summary>
public static class UserPicker
{
    public const string PickedInputId = "user";
    public const string TypedInputId = "userText";

    /// <param name="choices">Users listed before anything is typed (the SDK needs at least one static choice), or the matches of an ambiguous lookup.</param>
    /// <param name="typed">Text the admin typed before, kept when it matched no one or several.</param>
    public static IReadOnlyList<CardElement> Inputs(string language, IReadOnlyList<DirectoryUser> choices, string? typed = null, string? picked = null)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var text = new TextInput(TypedInputId)
        {
            Label = RedemptionTexts.Get(choices.Count > 0 ? "UserTypeLabel" : "UserTypeOnlyLabel", language),
            Placeholder = RedemptionTexts.Get("UserTypePlaceholder", language),
            Value = typed,
            MaxLength = 200,
        };
        if (choices.Count == 0)
        {
            return [text];
        }

        var list = new ChoiceSetInput(PickedInputId)
        {
            Label = RedemptionTexts.Get("UserPickLabel", language),
            Style = ChoiceInputStyle.Filtered,
            Placeholder = RedemptionTexts.Get("UserPickPlaceholder", language),
            Choices = [.. choices.Select(u => new Choice(UserChoices.TitleOf(u, language), UserChoices.ValueOf(u)))],
            Value = picked,
            ChoicesData = new DataQuery(GraphUserSearch.Dataset),
        };
        return [list, text];
    }

    /// <summary>The inputs again after a submit: the typed text kept, the picked user kept when it is among <paramref name="choices"/>.</summary>
    public static IReadOnlyList<CardElement> InputsAfter(CardAction action, IReadOnlyList<DirectoryUser> choices)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(choices);
        var picked = action.Field(PickedInputId);
        return Inputs(action.User.Language, choices, Typed(action), choices.Any(c => UserChoices.ValueOf(c) == picked) ? picked : null);
    }

    /// <summary>What to look up: the picked value when there is one, else the typed text; null when both are empty.</summary>
    public static string? Selection(CardAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var picked = action.Field(PickedInputId)?.Trim();
        return picked is { Length: > 0 } ? picked : action.Field(TypedInputId)?.Trim() is { Length: > 0 } typed ? typed : null;
    }

    /// <summary>The typed text, to show again when the lookup did not settle on one user.</summary>
    public static string? Typed(CardAction action) => action?.Field(TypedInputId);
}
