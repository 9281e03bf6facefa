using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BenefitsBot.Browser.Tests;

/// <summary>A personal chat in the Playground's web UI, used as a person does: type, read the card, press on it.</summary>
public sealed class PlaygroundChat : IAsyncDisposable
{
    /// <summary>A turn, a card render, and on CI's slower machine some margin.</summary>
    private static readonly float ReplyTimeoutMs = 20_000;

    private readonly IBrowserContext context;
    private readonly IPage page;
    private readonly string name;
    private readonly List<string> problems = [];

    private PlaygroundChat(IBrowserContext context, IPage page, string name)
    {
        this.context = context;
        this.page = page;
        this.name = name;
    }

    /// <summary>Everything <see cref="CheckAsync"/> found cut off so far, each with its step and screenshot.</summary>
    public IReadOnlyList<string> Problems => problems;

    private ILocator Cards => page.Locator(CardLayout.CardSelector);

    public static async Task<PlaygroundChat> OpenAsync(IBrowserContext context, Uri playground, string name)
    {
        ArgumentNullException.ThrowIfNull(context);
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(ReplyTimeoutMs);
        await page.GotoAsync(playground.AbsoluteUri);
        await page.Locator(CardLayout.CardSelector).First.WaitForAsync();
        return new PlaygroundChat(context, page, name);
    }

    /// <summary>The first card of the chat: the welcome the bot sends on install.</summary>
    public ILocator FirstCard => Cards.First;

    /// <summary>Types <paramref name="text"/> in the compose box and sends it; returns the card the bot answers with.</summary>
    public async Task<ILocator> SayAsync(string text)
    {
        var before = await Cards.CountAsync();
        await page.Locator("[data-lexical-editor='true']").ClickAsync();
        await page.Keyboard.InsertTextAsync(text);
        await page.Keyboard.PressAsync("Enter");
        var reply = Cards.Nth(before);
        await reply.WaitForAsync();
        return reply;
    }

    /// <summary>Clicks <paramref name="target"/> (a button, or a line with a select action) on <paramref name="card"/> and waits until the bot has replaced the card.</summary>
    public static async Task PressAsync(ILocator card, ILocator target)
    {
        ArgumentNullException.ThrowIfNull(card);
        ArgumentNullException.ThrowIfNull(target);
        var before = await card.InnerTextAsync();
        await target.ClickAsync();
        await Expect(card).Not.ToHaveTextAsync(before, new LocatorAssertionsToHaveTextOptions { UseInnerText = true, Timeout = ReplyTimeoutMs });
    }

    /// <summary>Keeps a screenshot of <paramref name="card"/> as <c>&lt;chat&gt;-&lt;step&gt;.png</c> and records what the layout check finds cut off.</summary>
    public async Task CheckAsync(ILocator card, string step)
    {
        ArgumentNullException.ThrowIfNull(card);
        var screenshot = Screenshots.PathOf($"{name}-{step}");
        await card.ScreenshotAsync(new LocatorScreenshotOptions { Path = screenshot });
        problems.AddRange((await CardLayout.ProblemsAsync(card)).Select(p => $"{name}-{step}: {p} (see {screenshot})"));
    }

    public async ValueTask DisposeAsync()
    {
        await page.CloseAsync();
        await context.DisposeAsync();
    }
}
