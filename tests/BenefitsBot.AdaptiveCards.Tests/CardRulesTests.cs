using System.Text.Json.Nodes;
using BenefitsBot.AdaptiveCards.Actions;
using BenefitsBot.AdaptiveCards.Inputs;

namespace BenefitsBot.AdaptiveCards.Tests;

public sealed class CardRulesTests
{
    [Theory]
    [InlineData("nl-NL", "nl")]
    [InlineData("zh-TW", "zh")]
    [InlineData("sv_SE", "sv")]
    [InlineData("EN", "en")]
    [InlineData("fil-PH", "fil")]
    public void Lang_Locale_NormalizedToLanguageCode(string locale, string expected)
    {
        Assert.Equal(expected, new AdaptiveCard { Lang = locale }.Lang);
    }

    [Theory]
    [InlineData("")]
    [InlineData("x")]
    [InlineData("dutch")]
    [InlineData("1n-NL")]
    public void Lang_NoLanguageCode_Throws(string value)
    {
        Assert.Throws<ArgumentException>(() => new AdaptiveCard { Lang = value });
    }

    [Theory]
    [InlineData("1.6")]
    [InlineData("2.0")]
    [InlineData("1")]
    [InlineData("1.5.1")]
    [InlineData("latest")]
    public void Version_LaterThanTeamsOrMalformed_Throws(string version)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new AdaptiveCard { Version = version });
    }

    [Theory]
    [InlineData("1.0")]
    [InlineData("1.2")]
    [InlineData("1.5")]
    public void Version_UpToTeamsMax_Accepted(string version)
    {
        Assert.Equal(version, new AdaptiveCard { Version = version }.Version);
    }

    [Fact]
    public void WithSubmitFallback_ExecuteAction_SubmitCarriesVerbAndData()
    {
        var original = new ExecuteAction("faq.feedback") { Title = "Yes", Data = new JsonObject { ["helpful"] = true } };

        var action = original.WithSubmitFallback();

        var submit = Assert.IsType<SubmitAction>(action.Fallback);
        Assert.Equal("Yes", submit.Title);
        Assert.Equal("faq.feedback", (string?)submit.Data![ExecuteAction.VerbDataKey]);
        Assert.True((bool?)submit.Data["helpful"]);
        Assert.False(original.Data!.ContainsKey(ExecuteAction.VerbDataKey));
        Assert.Null(original.Fallback);
    }

    [Fact]
    public void Refresh_MoreThanSixtyUsers_Throws()
    {
        var users = Enumerable.Range(0, CardRefresh.MaxUserIds + 1).Select(i => $"29:{i}").ToList();

        Assert.Throws<ArgumentException>(() => new CardRefresh { Action = new ExecuteAction("r"), UserIds = users });
    }

    [Fact]
    public void Refresh_NonExecuteAction_Throws()
    {
        Assert.Throws<ArgumentException>(() => new CardRefresh { Action = new SubmitAction() });
    }

    [Fact]
    public void Input_BlankId_Throws()
    {
        Assert.Throws<ArgumentException>(() => new TextInput(" "));
    }
}
