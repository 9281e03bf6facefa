using BenefitsBot.Escalation;

namespace BenefitsBot.Tests.Escalation;

public sealed class ShortCommandTests
{
    private static readonly ShortCommand TicketsHere = new(new Dictionary<string, string[]>
    {
        ["en"] = ["tickets here"],
        ["sv"] = ["ärenden här"],
        ["zh-TW"] = ["工單在這裡"],
    });

    [Theory]
    [InlineData("tickets here", "en")]
    [InlineData("  Tickets   HERE! ", "en")]
    [InlineData("Ärenden här.", "sv")]
    [InlineData("工單在這裡。", "zh-TW")]
    public void Match_WholeCommandInAnySpelling_GivesItsLanguage(string text, string language) =>
        Assert.Equal(language, TicketsHere.Match(text));

    [Theory]
    [InlineData("sv", "sv")]
    [InlineData("nl", "nl")]
    [InlineData("en", "sv")]
    public void Match_SpellingSharedByTwoLanguages_CallersLanguageDecides(string callerLanguage, string expected)
    {
        var report = new ShortCommand(new Dictionary<string, string[]> { ["sv"] = ["rapport"], ["nl"] = ["rapport"] });

        Assert.Equal(expected, report.Match("Rapport", callerLanguage));
    }

    [Theory]
    [InlineData("how do I get tickets here?")]
    [InlineData("tickets")]
    [InlineData("")]
    public void Match_QuestionOrPartOfCommand_IsNoCommand(string text) => Assert.Null(TicketsHere.Match(text));
}
