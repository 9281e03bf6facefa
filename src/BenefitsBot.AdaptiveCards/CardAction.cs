using System.Text.Json.Serialization;
using BenefitsBot.AdaptiveCards.Actions;

namespace BenefitsBot.AdaptiveCards;

/// <summary>A card action (button); <c>type</c> is the discriminator.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ExecuteAction), "Action.Execute")]
[JsonDerivedType(typeof(SubmitAction), "Action.Submit")]
[JsonDerivedType(typeof(OpenUrlAction), "Action.OpenUrl")]
[JsonDerivedType(typeof(ShowCardAction), "Action.ShowCard")]
[JsonDerivedType(typeof(ToggleVisibilityAction), "Action.ToggleVisibility")]
public abstract class CardAction
{
    public string? Id { get; init; }

    public string? Title { get; init; }

    public ActionStyle? Style { get; init; }

    public ActionMode? Mode { get; init; }

    public string? Tooltip { get; init; }

    public bool? IsEnabled { get; init; }

    /// <summary>What older hosts render instead, e.g. Action.Submit for an Action.Execute.</summary>
    public CardAction? Fallback { get; init; }
}
