using Microsoft.Playwright;

namespace BenefitsBot.Browser.Tests;

/// <summary>Playwright and one headless Chromium, shared by a test class; each test opens its own context (a fresh profile).</summary>
public class ChromiumFixture : IAsyncLifetime
{
    /// <summary>Tall enough that a whole answer card fits on screen for its screenshot; about as wide as Teams on a laptop.</summary>
    public static readonly ViewportSize Viewport = new() { Width = 1280, Height = 1600 };

    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;

    public virtual async Task InitializeAsync()
    {
        playwright = await Playwright.CreateAsync();
        Browser = await Chromium.LaunchAsync(playwright);
    }

    public virtual async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
    }

    public Task<IBrowserContext> NewContextAsync() => Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = Viewport });
}
