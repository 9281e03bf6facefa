namespace BenefitsBot.AdaptiveCards;

/// <summary>The Teams-specific <c>msteams</c> block of a card.</summary>
public sealed class TeamsCardProperties
{
    /// <summary>Cards at full chat width, which Teams otherwise limits to a narrow column.</summary>
    public static TeamsCardProperties FullWidth => new() { Width = "Full" };

    public string? Width { get; init; }

    /// <summary>The mentions whose <c>&lt;at&gt;name&lt;/at&gt;</c> text appears in the card's text blocks.</summary>
    public List<TeamsMention>? Entities { get; init; }
}
