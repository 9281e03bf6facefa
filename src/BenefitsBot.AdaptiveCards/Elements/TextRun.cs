using System.Text.Json.Serialization;

namespace BenefitsBot.AdaptiveCards.Elements;

public sealed class TextRun
{
    public TextRun(string text) => Text = text;

    [JsonPropertyOrder(-1)]
    public string Type { get; } = "TextRun";

    public string Text { get; }

    public TextSize? Size { get; init; }

    public TextWeight? Weight { get; init; }

    public TextColor? Color { get; init; }

    public bool? IsSubtle { get; init; }

    public bool? Italic { get; init; }

    public bool? Strikethrough { get; init; }

    public bool? Highlight { get; init; }

    public bool? Underline { get; init; }
}
