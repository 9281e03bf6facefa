using Microsoft.Playwright;

namespace BenefitsBot.Browser.Tests;

/// <summary>What a person would see cut off on a rendered Adaptive Card: the check in <c>card-layout.js</c>, run in the page.</summary>
public static class CardLayout
{
    /// <summary>A rendered card's root: the Adaptive Cards renderer's <c>.ac-adaptiveCard</c> that is not inside another card (a ShowCard).</summary>
    public const string CardSelector = ".ac-adaptiveCard:not(.ac-adaptiveCard .ac-adaptiveCard)";

    private static readonly Lazy<string> Script = new(() =>
    {
        using var stream = typeof(CardLayout).Assembly.GetManifestResourceStream("card-layout.js")
            ?? throw new InvalidOperationException("card-layout.js is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>One line per element that runs past the card's edge or hides part of its content; empty when all of it shows.</summary>
    public static async Task<IReadOnlyList<string>> ProblemsAsync(ILocator card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return await card.EvaluateAsync<string[]>(Script.Value);
    }
}
