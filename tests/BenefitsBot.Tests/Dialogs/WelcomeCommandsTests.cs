using System.Text.RegularExpressions;
using BenefitsBot.Bot.Actions;
using BenefitsBot.Cards;
using BenefitsBot.Localization;
using BenefitsBot.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace BenefitsBot.Tests.Dialogs;

/// <summary>The welcome card advertises the dialog commands only as they are typed: each quoted command must start one.</summary>
public sealed partial class WelcomeCommandsTests(SqliteAdminBotApp app) : IClassFixture<SqliteAdminBotApp>
{
    [Theory]
    [InlineData("en", 5)]
    [InlineData("sv", 5)]
    [InlineData("nl", 5)]
    [InlineData("zh-TW", 5)]
    public void WelcomeCard_QuotedDialogCommands_EachMatchesARegisteredCommand(string language, int expected)
    {
        var commands = app.Services.GetRequiredService<CommandMatcher>();
        var text = DialogTexts.Get("CapabilityMyBenefits", language) + DialogTexts.Get("CapabilityAdmin", language);

        var quoted = Quoted().Matches(text).Select(m => m.Groups["c"].Value).ToList();

        Assert.Equal(expected, quoted.Count);
        Assert.All(quoted, q => Assert.NotNull(commands.Match(q, language)));
        Assert.Contains(quoted[0], WelcomeCard.Create(language).ToJson(), StringComparison.Ordinal);
    }

    [GeneratedRegex("[\"「](?<c>[^\"」]+)[\"」]")]
    private static partial Regex Quoted();
}
