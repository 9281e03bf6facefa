using System.Text.RegularExpressions;

namespace BenefitsBot.Domain.Knowledge.Analysis;

/// <summary>
/// Questions that ask what something costs, and texts that state a price. The articles give no prices (only what an offer
/// includes), so a price question is answered only by an entry that speaks of money itself, such as an admin's answer added
/// from a ticket. The words are general language for price, cost and currency in the four languages, not taken from questions.
/// </summary>
public static partial class MoneyQuestion
{
    private static readonly Dictionary<string, HashSet<string>> Terms = new(StringComparer.Ordinal)
    {
        [FaqLanguages.English] = Analyzed(FaqLanguages.English, "cost costs price prices pricing expensive cheap euro euros dollar dollars usd eur sek kronor currency"),
        [FaqLanguages.Swedish] = Analyzed(FaqLanguages.Swedish, "kostar kostnad kostnaden pris priset priser dyr dyrt billig billigt kronor euro dollar valuta"),
        [FaqLanguages.Dutch] = Analyzed(FaqLanguages.Dutch, "kost kosten prijs prijzen duur goedkoop euro euros dollar valuta"),
    };

    /// <summary>Chinese has no spaces and the word breaker may join 多少錢 into one word: these are found as substrings.</summary>
    private static readonly string[] ChineseWords = ["價格", "價錢", "錢", "台幣", "美金", "美元", "歐元", "幣值", "費用多少", "多少費用"];

    /// <summary>True when the question asks about a price or a currency amount.</summary>
    public static bool Asks(string question, string language)
    {
        ArgumentNullException.ThrowIfNull(question);
        if (language == FaqLanguages.ChineseTraditional)
        {
            var clean = TermAnalyzer.Clean(question);
            return ChineseWords.Any(word => clean.Contains(word, StringComparison.Ordinal)) || Asks(question, FaqLanguages.English);
        }

        var words = Terms.GetValueOrDefault(language) ?? Terms[FaqLanguages.English];
        return TermAnalyzer.Terms(question, language).Any(words.Contains) || Amount().IsMatch(question);
    }

    /// <summary>True when a text states an amount of money ($100, 100 USD, 500 kr).</summary>
    public static bool StatesAmount(string text) => Amount().IsMatch(text);

    private static HashSet<string> Analyzed(string language, string words) =>
        [.. words.Split(' ').SelectMany(word => TermAnalyzer.Terms(word, language)).Where(term => !term.StartsWith('~'))];

    [GeneratedRegex(@"[$€£]\s?\d|\d\s?(?:[$€£]|usd|eur|sek|kr\b|ntd|twd|元)", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex Amount();
}
