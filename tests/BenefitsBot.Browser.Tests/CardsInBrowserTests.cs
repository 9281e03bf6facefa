using BenefitsBot.Localization;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BenefitsBot.Browser.Tests;

/// <summary>
/// Our cards as a Teams user sees them: the Agents Playground's web UI in Chromium, one conversation per language (a question,
/// a feedback press, a related pick, a date question, setup on the sample directory), every card checked for content that
/// runs past its edge or is cut off, and kept as a screenshot (<see cref="Screenshots.Directory"/>).
/// </summary>
public sealed class CardsInBrowserTests(PlaygroundBrowserFixture fixture) : IClassFixture<PlaygroundBrowserFixture>
{
    public static TheoryData<string> Languages => [.. UserLanguage.All];

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Conversation_QuestionFeedbackRelatedPickDateQuestionSetup_NoCardContentCutOff(string language)
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
        await Expect(answer.GetByRole(AriaRole.Heading, new() { Name = pick.Trim(), Exact = true })).ToBeVisibleAsync();
        await chat.CheckAsync(answer, "related");

        await chat.CheckAsync(await chat.SayAsync(conversation.DateQuestion), "date");

        // The admin half on the sample directory (Development, no Graph credentials): the Playground's user is its Global admin.
        // The command is typed in the conversation's language, and the dialog answers in the language it was typed in.
        var setup = await chat.SayAsync(CommandTexts.Text(BotCommandKind.Setup, language));
        await chat.CheckAsync(setup, "setup");
        await PlaygroundChat.PressAsync(setup, setup.GetByRole(AriaRole.Button, new() { Name = DialogTexts.Get("SetupTenantConfirm", language), Exact = true }));
        Assert.Contains(DialogTexts.Get("SetupAddOffer", language), await setup.InnerTextAsync(), StringComparison.Ordinal);
        await chat.CheckAsync(setup, "setup-offers");

        Assert.True(chat.Problems.Count == 0, "Card content cut off:\n" + string.Join('\n', chat.Problems));
    }
}
