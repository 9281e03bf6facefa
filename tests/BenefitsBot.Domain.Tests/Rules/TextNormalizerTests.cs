using BenefitsBot.Domain.Rules;

namespace BenefitsBot.Domain.Tests.Rules;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("Köpte FÖRNYELSEFÖNSTRET", "kopte fornyelsefonstret")]
    [InlineData("geïnstalleerd", "geinstalleerd")]
    [InlineData("didn’t renew", "didn't renew")]
    [InlineData("續約期間", "續約期間")]
    public void Normalize_Text_LowerCaseWithoutDiacritics(string text, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Normalize(text));
    }

    [Fact]
    public void Normalize_Emoji_KeepsLengthAndDoesNotThrow()
    {
        const string text = "when can we renew? 🙏 bought it Mar 3";

        var normalized = TextNormalizer.Normalize(text);

        Assert.Equal(text.Length, normalized.Length);
        Assert.EndsWith("bought it mar 3", normalized, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\ufffe\uffffhelp", "  help")]
    [InlineData("renew\ufdd0 it", "renew  it")]
    public void Normalize_Noncharacters_SpacesOfTheSameLength(string text, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(text));
}
