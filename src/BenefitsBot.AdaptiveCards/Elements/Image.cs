namespace BenefitsBot.AdaptiveCards.Elements;

public sealed class Image : CardElement
{
    public Image(Uri url) => Url = url;

    public Uri Url { get; }

    public string? AltText { get; init; }

    public ImageSize? Size { get; init; }

    public ImageStyle? Style { get; init; }

    public HorizontalAlignment? HorizontalAlignment { get; init; }
}
