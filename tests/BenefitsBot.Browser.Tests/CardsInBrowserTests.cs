using BenefitsBot.Localization;
using Microsoft.Playwright;

namespace BenefitsBot.Browser.Tests;

/// <summary>
/// Our cards as a Teams user sees them: the Agents Playground's web UI in Chromium, one conversation per language, every card
/// checked for content that runs past its edge or is cut off, and kept as a screenshot (<see cref="Screenshots.Directory"/>).
/// </summary>
public sealed class CardsInBrowserTests(PlaygroundBrowserFixture fixture) : IClassFixture<PlaygroundBrowserFixture>
{
    public static TheoryData<string> Languages => [.. UserLanguage.All];

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Conversation_QuestionFeedbackRelatedPickDateQuestion_NoCardContentCutOff(string language)
    {
        var conversation = Conversation.For(language);
        await using var chat = await fixture.OpenChatAsync(language);
        await chat.CheckAsync(chat.FirstCard, "welcome");

        var answer = await chat.SayAsync(conversation.Question);
        Assert.Contains(BotTexts.Get("RelatedQuestions", language), await answer.InnerTextAsync(), StringComparison.Ordinal);
        await chat.CheckAsync(answer, "question");

        await PlaygroundChat.PressAsync(answer, answer.GetByRole(AriaRole.Button, new() { Name = BotTexts.Get("No", language), Exact = true }));
        await chat.CheckAsync(answer, "feedback");

        // A related question is a line of the card that opens its entry in place of this answer.
        var related = answer.Locator(".ac-selectable").First;
        var pick = await related.InnerTextAsync();
        await PlaygroundChat.PressAsync(answer, related);
        Assert.StartsWith(pick.Trim(), (await answer.InnerTextAsync()).Trim(), StringComparison.Ordinal);
        await chat.CheckAsync(answer, "related");

        await chat.CheckAsync(await chat.SayAsync(conversation.DateQuestion), "date");

        Assert.True(chat.Problems.Count == 0, "Card content cut off:\n" + string.Join('\n', chat.Problems));
    }
}
