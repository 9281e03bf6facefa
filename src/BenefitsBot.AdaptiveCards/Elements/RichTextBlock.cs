namespace BenefitsBot.AdaptiveCards.Elements;

/// <summary>Text with differently styled runs in one paragraph.</summary>
public sealed class RichTextBlock : CardElement
{
    public List<TextRun> Inlines { get; init; } = [];

    public HorizontalAlignment? HorizontalAlignment { get; init; }
}
