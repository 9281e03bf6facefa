namespace BenefitsBot.AdaptiveCards.Elements;

public sealed class TextBlock : CardElement
{
    public TextBlock(string text) => Text = text;

    public string Text { get; }

    public TextSize? Size { get; init; }

    public TextWeight? Weight { get; init; }

    public TextColor? Color { get; init; }

    public bool? Wrap { get; init; }

    public bool? IsSubtle { get; init; }

    public TextBlockStyle? Style { get; init; }

    public HorizontalAlignment? HorizontalAlignment { get; init; }

    public int? MaxLines { get; init; }
}
