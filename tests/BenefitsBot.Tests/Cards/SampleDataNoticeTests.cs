using BenefitsBot.Cards;
using BenefitsBot.Graph;
using BenefitsBot.Localization;
using BenefitsBot.Testing.Turns;
using Xunit.Abstractions;

namespace BenefitsBot.Tests.Cards;

/// <summary>The notice on every card while the bot reads the sample directory: on top, in the card's language, valid for Teams.</summary>
public sealed class SampleDataNoticeTests(ITestOutputHelper output)
{
    private static readonly SampleDataNotice Sample = new(new TenantDirectorySource(IsSample: true));

    [Fact]
    public void Mark_RealDirectory_SameCardUnchanged()
    {
        var card = WelcomeCard.Create(UserLanguage.English);

        Assert.Same(card, new SampleDataNotice(new TenantDirectorySource(IsSample: false)).Mark(card));
    }

    [Theory]
    [InlineData(UserLanguage.English, "Sample data")]
    [InlineData(UserLanguage.Swedish, "Exempeldata")]
    [InlineData(UserLanguage.TraditionalChinese, "範例資料")]
    public void Mark_SampleDirectory_NoticeFirstInTheCardsLanguageAndBodyKept(string language, string expected)
    {
        var card = WelcomeCard.Create(language);

        var marked = Sample.Mark(card);

        Assert.Contains(expected, TurnHarness.TextOf(marked.ToJsonElement().GetProperty("body")[0]), StringComparison.Ordinal);
        Assert.Equal(card.Body.Count + 1, marked.Body.Count);
        Assert.Equal(WelcomeCard.Create(language).Body.Count, card.Body.Count);
        Assert.Equal(card.FallbackText, marked.FallbackText);
    }

    [Fact]
    public async Task Mark_SampleDirectory_ValidWithOfficialParser()
    {
        var cards = UserLanguage.All.Select(l => ($"welcome-sample-{l}", Sample.Mark(WelcomeCard.Create(l)).ToJson())).ToList();

        await CardOracleAssert.AllValidForTeamsAsync(cards, output);
    }
}
