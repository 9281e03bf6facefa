using System.Text.RegularExpressions;
using BenefitsBot.Domain.Rules;
using BenefitsBot.Testing;

namespace BenefitsBot.Domain.Tests.Rules;

public sealed partial class RuleTextsTests
{
    [GeneratedRegex(@"\{[a-z]+\}")]
    private static partial Regex Placeholder();

    public static TheoryData<string> Languages() => ["en", "sv", "nl", "zh-TW"];

    [Theory]
    [MemberData(nameof(Languages))]
    public void Messages_EveryLanguage_HasEveryMessageWithEnglishPlaceholders(string language)
    {
        var texts = RuleTexts.For(language);

        Assert.Equal(language, texts.Language);
        foreach (var message in Enum.GetValues<RuleMessage>())
        {
            Assert.True(texts.Messages.ContainsKey(message), $"{language} lacks {message}");
            var placeholders = Placeholder().Matches(texts.Messages[message]).Select(m => m.Value).Order();
            var english = Placeholder().Matches(RuleTexts.For("en").Messages[message]).Select(m => m.Value).Order();
            Assert.Equal(english, placeholders);
        }
    }

    [Fact]
    public void Explanation_Verdict_FilledInAllFourLanguagesWithLocalDates()
    {
        var rules = new BenefitRules(TimeProvider.System);
        var question = new RuleQuestion(RuleKind.RenewalWindow, "sv", new DateOnly(2025, 9, 1), DateRole.Purchase);

        var verdict = rules.Evaluate(question, new DateOnly(2026, 9, 10));

        Assert.Equal(["en", "nl", "sv", "zh-TW"], verdict.Explanation.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("September 2, 2026", verdict.Explanation["en"], StringComparison.Ordinal);
        Assert.Contains("2 september 2026", verdict.Explanation["sv"], StringComparison.Ordinal);
        Assert.Contains("1 oktober 2026", verdict.Explanation["nl"], StringComparison.Ordinal);
        Assert.Contains("2026年9月2日", verdict.Explanation["zh-TW"], StringComparison.Ordinal);
        Assert.DoesNotContain(verdict.Explanation.Values, text => text.Contains('{', StringComparison.Ordinal));
        Assert.Contains("21 days left.", verdict.Explanation["en"], StringComparison.Ordinal);
    }

    [Fact]
    public void Explanation_PastDeadlineAsked_SaysNoInEachLanguage()
    {
        var rules = new BenefitRules(TimeProvider.System);
        var question = new RuleQuestion(RuleKind.GracePeriodEnd, "en", new DateOnly(2026, 3, 15), DateRole.Anniversary, AsksEligibility: true);

        var verdict = rules.Evaluate(question, new DateOnly(2026, 5, 1));

        Assert.Contains("No, the deadline (April 14, 2026) has passed.", verdict.Explanation["en"], StringComparison.Ordinal);
        Assert.Contains("Nej", verdict.Explanation["sv"], StringComparison.Ordinal);
        Assert.Contains("Nee", verdict.Explanation["nl"], StringComparison.Ordinal);
        Assert.Contains("期限", verdict.Explanation["zh-TW"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DateRole.Purchase, "sv", "inköpsdatumet")]
    [InlineData(DateRole.Redemption, "nl", "sleutel")]
    [InlineData(DateRole.Assignment, "zh-TW", "指派")]
    [InlineData(DateRole.Anniversary, "en", "anniversary")]
    public void AskForDate_Role_AsksInUsersLanguage(DateRole role, string language, string expected)
    {
        Assert.Contains(expected, RuleTexts.AskForDate(role, language), StringComparison.Ordinal);
    }

    [Fact]
    public void Citations_All_AnchorsExistInTheirSeeds()
    {
        var citations = typeof(Citations).GetProperties().Select(p => (ArticleCitation)p.GetValue(null)!).ToList();

        Assert.True(citations.Count > 10);
        foreach (var citation in citations)
        {
            var text = File.ReadAllText(Path.Combine(RepoPaths.SharedDirectory, "seeds", citation.Seed + ".txt"));
            Assert.Contains($"<a name=\"{citation.Anchor}\">", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Explanation_RenewBeforeWindowOpens_NotYetFromStartWithoutDaysLeft()
    {
        var rules = new BenefitRules(TimeProvider.System);
        var question = new RuleQuestion(RuleKind.RenewalWindow, "en", new DateOnly(2025, 9, 1), DateRole.Purchase, AsksEligibility: true);

        var verdict = rules.Evaluate(question, new DateOnly(2026, 8, 1));

        Assert.False(verdict.Eligible);
        Assert.Contains("Not yet: that is possible from September 2, 2026.", verdict.Explanation["en"], StringComparison.Ordinal);
        Assert.DoesNotContain("days left", verdict.Explanation["en"], StringComparison.Ordinal);
        Assert.Contains("2026年9月2日 起", verdict.Explanation["zh-TW"], StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Title_EveryKind_DistinctInEachLanguage(string language)
    {
        var titles = Enum.GetValues<RuleKind>().Select(k => RuleTexts.Title(k, language)).ToList();

        Assert.Equal(titles.Count, titles.Distinct(StringComparer.Ordinal).Count());
        Assert.DoesNotContain(titles, string.IsNullOrWhiteSpace);
    }
}
