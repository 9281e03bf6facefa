using System.Text.Json.Serialization;

namespace BenefitsBot.AdaptiveCards;

/// <summary>A user mention in a card; the card's text must contain <see cref="Text"/>.</summary>
public sealed class TeamsMention
{
    [JsonPropertyOrder(-1)]
    public string Type { get; } = "mention";

    public required string Text { get; init; }

    public required MentionedUser Mentioned { get; init; }

    /// <summary>A mention written as <c>&lt;at&gt;name&lt;/at&gt;</c>; <paramref name="userId"/> is the Teams (29:…) or Entra id.</summary>
    public static TeamsMention Of(string userId, string name) =>
        new() { Text = $"<at>{name}</at>", Mentioned = new MentionedUser(userId, name) };

    public sealed record MentionedUser(string Id, string Name);
}
