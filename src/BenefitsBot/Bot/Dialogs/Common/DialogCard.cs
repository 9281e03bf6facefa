using BenefitsBot.AdaptiveCards;
using BenefitsBot.AdaptiveCards.Elements;

namespace BenefitsBot.Bot.Dialogs.Common;

/// <summary>The shape of every dialog card: a heading, the step's body, its buttons; and notices put on top of a card.</summary>
public static class DialogCard
{
    public static AdaptiveCard Create(string language, string title, IEnumerable<CardElement> body, IEnumerable<CardAction>? actions = null)
    {
        ArgumentNullException.ThrowIfNull(body);
        List<CardElement> elements = [new TextBlock(title) { Style = TextBlockStyle.Heading, Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true }];
        elements.AddRange(body);
        var buttons = actions?.ToList();
        return new AdaptiveCard
        {
            Lang = language,
            FallbackText = title,
            Body = elements,
            Actions = buttons is { Count: > 0 } ? buttons : null,
        };
    }

    /// <summary>A card with only a heading and a paragraph (finished, cancelled, refused).</summary>
    public static AdaptiveCard Message(string language, string title, string text, ContainerStyle? style = null) =>
        Create(language, title, [Paragraph(text, style)]);

    /// <summary>The same card with <paramref name="notice"/> above its body, e.g. "this card is out of date".</summary>
    public static AdaptiveCard WithNotice(AdaptiveCard card, string notice, ContainerStyle style = ContainerStyle.Warning)
    {
        ArgumentNullException.ThrowIfNull(card);
        return new AdaptiveCard
        {
            Lang = card.Lang,
            FallbackText = notice,
            Body = [Paragraph(notice, style), .. card.Body],
            Actions = card.Actions,
        };
    }

    /// <summary>Wrapped text, in a styled container when <paramref name="style"/> is set.</summary>
    public static CardElement Paragraph(string text, ContainerStyle? style = null)
    {
        var block = new TextBlock(text) { Wrap = true };
        return style is null ? block : new Container { Style = style, Items = [block] };
    }

    public static FactSet Facts(params (string Title, string Value)[] facts) =>
        new() { Facts = [.. facts.Select(f => new Fact(f.Title, f.Value))] };
}
