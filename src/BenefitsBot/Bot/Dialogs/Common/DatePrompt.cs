using BenefitsBot.AdaptiveCards;
using BenefitsBot.AdaptiveCards.Inputs;
using BenefitsBot.Localization;

namespace BenefitsBot.Bot.Dialogs.Common;

/// <summary>The inputs for one date: a picker, a free-text alternative, and the error of the last try with the typed text kept.</summary>
public static class DatePrompt
{
    public static IEnumerable<CardElement> Inputs(string id, string label, string language, DateAnswer? previous = null, DateOnly? max = null)
    {
        yield return new DateInput(id) { Label = label, Value = previous?.Date, Max = max };
        yield return new TextInput(DateFieldReader.TypedId(id))
        {
            Label = DialogTexts.Get("DateTypedLabel", language),
            Placeholder = DialogTexts.Get("DateTypedPlaceholder", language),
            Value = previous?.Date is null ? previous?.Typed : null,
        };
        if (previous?.Error is { } error)
        {
            yield return DialogCard.Paragraph(error, ContainerStyle.Attention);
        }
    }
}
