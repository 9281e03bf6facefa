namespace BenefitsBot.Browser.Tests;

/// <summary>The layout check itself, on small pages shaped like the Playground's rendering (a row of buttons in a clipping action set).</summary>
public sealed class CardLayoutTests(ChromiumFixture fixture) : IClassFixture<ChromiumFixture>
{
    private const string LongQuestion = "Vad händer om vi bestämmer oss för att inte förnya vårt Action Pack under förnyelseperioden?";

    [Fact]
    public async Task ProblemsAsync_ButtonWiderThanCard_ReportsItPastTheEdge()
    {
        var problems = await ProblemsAsync($"""
            <div style="overflow: hidden"><div class="ac-actionSet" style="display: flex; flex-flow: wrap">
              <div><button style="white-space: nowrap">{LongQuestion}</button></div>
            </div></div>
            """);

        Assert.Contains(problems, p => p.Contains("runs past the card's edge", StringComparison.Ordinal) && p.Contains("Vad händer", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ProblemsAsync_EllipsizedText_ReportsItCutOff()
    {
        var problems = await ProblemsAsync($"""<div class="ac-textBlock" style="white-space: nowrap; overflow: hidden; text-overflow: ellipsis">{LongQuestion}</div>""");

        Assert.Contains(problems, p => p.Contains("is cut off", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ProblemsAsync_WrappedTextAndButtons_ReportsNothing()
    {
        var problems = await ProblemsAsync($"""
            <div class="ac-textBlock" style="overflow: hidden; text-overflow: ellipsis">{LongQuestion}</div>
            <div class="ac-actionSet" style="display: flex; flex-flow: wrap"><button>Ja</button><button>Nej</button></div>
            """);

        Assert.Empty(problems);
    }

    /// <summary>Renders <paramref name="body"/> in a 300 px wide card root that clips, as the Playground's card does.</summary>
    private async Task<IReadOnlyList<string>> ProblemsAsync(string body)
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SetContentAsync($"""<div class="ac-adaptiveCard" style="width: 300px; padding: 16px; overflow: hidden; font: 14px sans-serif">{body}</div>""");
        return await CardLayout.ProblemsAsync(page.Locator(CardLayout.CardSelector));
    }
}
