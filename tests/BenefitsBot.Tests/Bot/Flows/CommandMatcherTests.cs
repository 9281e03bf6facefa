using BenefitsBot.Bot.Actions;
using BenefitsBot.Localization;

namespace BenefitsBot.Tests.Bot.Flows;

/// <summary>The one matcher of typed commands: whole spellings only, in the four languages, and the spelling tells the language.</summary>
public sealed class CommandMatcherTests
{
    private static readonly CommandMatcher Matcher = new();

    [Theory]
    [InlineData("tickets here", BotCommandKind.TicketsHere, "en")]
    [InlineData("  Tickets   HERE! ", BotCommandKind.TicketsHere, "en")]
    [InlineData("Ärenden här.", BotCommandKind.TicketsHere, "sv")]
    [InlineData("工單在這裡。", BotCommandKind.TicketsHere, "zh-TW")]
    [InlineData("setup", BotCommandKind.Setup, "en")]
    [InlineData("  Setup! ", BotCommandKind.Setup, "en")]
    [InlineData("mina   förmåner", BotCommandKind.MyBenefits, "sv")]
    [InlineData("verlengen", BotCommandKind.Renewal, "nl")]
    [InlineData("兌換", BotCommandKind.Redemption, "zh-TW")]
    public void Match_WholeCommandInAnySpelling_GivesCommandAndItsLanguage(string text, BotCommandKind command, string language) =>
        Assert.Equal((command, language), Matcher.Match(text));

    [Theory]
    [InlineData("sv", "sv")]
    [InlineData("nl", "nl")]
    [InlineData("en", "sv")]
    public void Match_SpellingSharedByTwoLanguages_CallersLanguageDecides(string callerLanguage, string expected) =>
        Assert.Equal((BotCommandKind.Report, expected), Matcher.Match("Rapport", callerLanguage));

    [Theory]
    [InlineData("how do I get tickets here?")]
    [InlineData("how do I set up benefits?")]
    [InlineData("how do I renew?")]
    [InlineData("tickets")]
    [InlineData("")]
    public void Match_QuestionOrPartOfCommand_IsNoCommand(string text) => Assert.Null(Matcher.Match(text));

    /// <summary>A spelling that two commands share would make one of them unreachable.</summary>
    [Fact]
    public void Spellings_EveryCommandAndLanguage_HasOwnSpellingsThatNoOtherCommandUses()
    {
        var owners = new Dictionary<string, BotCommandKind>(StringComparer.Ordinal);
        foreach (var command in Enum.GetValues<BotCommandKind>())
        {
            foreach (var language in UserLanguage.All)
            {
                var spellings = CommandTexts.Spellings(command, language);
                Assert.NotEmpty(spellings);
                foreach (var spelling in spellings)
                {
                    Assert.Equal((command, language), Matcher.Match(spelling, language));
                    Assert.True(owners.TryAdd(spelling.ToLowerInvariant(), command) || owners[spelling.ToLowerInvariant()] == command, $"'{spelling}' spells {owners.GetValueOrDefault(spelling.ToLowerInvariant())} and {command}");
                }
            }
        }
    }
}
