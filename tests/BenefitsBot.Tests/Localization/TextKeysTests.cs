using System.Text.RegularExpressions;
using System.Xml.Linq;
using BenefitsBot.Bot.Actions;
using BenefitsBot.Domain.Rules;
using BenefitsBot.Graph;
using BenefitsBot.Localization;
using BenefitsBot.Nudges.Settings;
using BenefitsBot.Nudges.Texts;
using BenefitsBot.Storage.Nudges;
using BenefitsBot.Storage.Tenants;
using BenefitsBot.Suggestions;
using BenefitsBot.Testing;

namespace BenefitsBot.Tests.Localization;

/// <summary>
/// Every key the code asks for has a non-empty text in all four languages: the literal keys found in the sources, and the
/// keys composed at run time, enumerated from the enums they come from (a missing key throws for the user who needs it).
/// </summary>
public sealed partial class TextKeysTests
{
    private static readonly string[] Languages = ["en", "sv", "nl", "zh-TW"];

    /// <summary>The text classes over <c>LocalizedTexts</c>, with their neutral resx.</summary>
    private static readonly Dictionary<string, string> Areas = new(StringComparer.Ordinal)
    {
        ["BotTexts"] = "src/BenefitsBot/Localization/BotTexts.resx",
        ["CommandTexts"] = "src/BenefitsBot/Localization/CommandTexts.resx",
        ["DialogTexts"] = "src/BenefitsBot/Localization/DialogTexts.resx",
        ["RedemptionTexts"] = "src/BenefitsBot/Localization/RedemptionTexts.resx",
        ["EscalationTexts"] = "src/BenefitsBot/Localization/EscalationTexts.resx",
        ["SuggestionTexts"] = "src/BenefitsBot/Localization/SuggestionTexts.resx",
        ["NudgeTexts"] = "src/BenefitsBot/Nudges/Texts/NudgeTexts.resx",
    };

    /// <summary>
    /// Call sites whose key is not a literal at the call: the key is a literal chosen elsewhere in the file (a helper's
    /// argument, a variable) or composed from an enum that a test below enumerates. A new one must be added here with its test.
    /// </summary>
    private static readonly Dictionary<string, int> NonLiteralCallSites = new(StringComparer.Ordinal)
    {
        ["Escalation/Cards/TicketCard.cs"] = 1,
        ["Escalation/TicketActions.Create.cs"] = 1,
        ["Nudges/Settings/SettingsCard.cs"] = 2,
        ["Nudges/NudgeCard.cs"] = 1,
        ["Reporting/ReportCard.cs"] = 1,
        ["Reporting/ReportChart.cs"] = 2, // the series' legend keys, literals in its Series table; ReportChartTests read the legend in each language
        ["Suggestions/Cards/SuggestionsCard.cs"] = 2,
        ["Suggestions/SuggestionActions.cs"] = 1,
        ["Bot/Dialogs/Redemption/BenefitStepCard.cs"] = 1,
        ["Cards/RuleCard.cs"] = 1,
    };

    public static TheoryData<string, string, string> LiteralKeys
    {
        get
        {
            var data = new TheoryData<string, string, string>();
            foreach (var (file, area, key) in Calls().Where(c => c.Key is not null).Select(c => (c.File, c.Area, c.Key!)).Distinct().Order())
            {
                data.Add(file, area, key);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(LiteralKeys))]
    public void LiteralKey_EveryLanguage_HasText(string file, string area, string key)
    {
        foreach (var language in Languages)
        {
            Assert.False(string.IsNullOrWhiteSpace(Text(area, key, language)), $"{file}: {area} '{key}' has no {language} text");
        }
    }

    [Fact]
    public void NonLiteralKeys_OnlyAtKnownSites()
    {
        var found = Calls().Where(c => c.Key is null).GroupBy(c => c.File).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

        Assert.Equal(NonLiteralCallSites.OrderBy(p => p.Key, StringComparer.Ordinal), found.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    /// <summary>Keys composed as prefix + value: each family with every value it can take (from its enum, or the kinds a dialog lists).</summary>
    private static readonly Dictionary<(string Area, string Prefix), IEnumerable<string>> ComposedFamilies = new()
    {
        [("BotTexts", "RoleName_")] = Names<AdminRole>(),
        [("BotTexts", "LanguageName_")] = Languages,
        [("BotTexts", "RuleTitle_")] = Enum.GetValues<RuleKind>().Select(k => k.ToWireName()),
        [("NudgeTexts", "Kind_")] = Names<NudgeKind>(),
        [("NudgeTexts", "Title_")] = Names<NudgeKind>(),
        [("NudgeTexts", "Offer_")] = Names<MembershipOfferKind>(),
        [("SuggestionTexts", "SuggestionFrom_")] = Names<SuggestionSource>(),
        [("DialogTexts", "MyAzureCredit_")] = Names<AzureCreditKind>(),
        [("DialogTexts", "OfferKind_")] = Names<MembershipOfferKind>(),
        [("RedemptionTexts", "Credit_")] = Names<AzureCreditKind>(),
        [("RedemptionTexts", "Offer_")] = Names<MembershipOfferKind>(),
        [("RedemptionTexts", "Kind_")] =
        [
            SoftwareKey.RecordKind, CloudSubscription.RecordKind, BenefitsBot.Storage.Tenants.AzureCredit.RecordKind, VisualStudioSubscription.RecordKind,
            TechnicalBenefit.RecordKind, GoToMarketOffer.RecordKind, MembershipOffer.RecordKind,
        ],
    };

    [Fact]
    public void ComposedKeys_EveryFamilyInTheSources_IsEnumeratedHere()
    {
        var root = Path.Combine(RepoPaths.RepoRoot, "src", "BenefitsBot");
        var found = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .SelectMany(p => Composed().Matches(File.ReadAllText(p)).Select(m => (m.Groups["area"].Success ? m.Groups["area"].Value : Path.GetFileNameWithoutExtension(p), m.Groups["prefix"].Value)))
            .ToHashSet();

        Assert.Equal(ComposedFamilies.Keys.Order(), found.Order());
    }

    [Fact]
    public void ComposedKeys_EveryValueAndLanguage_HaveText()
    {
        foreach (var ((area, prefix), values) in ComposedFamilies)
        {
            foreach (var value in values)
            {
                Assert.All(Languages, language => Assert.False(string.IsNullOrWhiteSpace(Text(area, prefix + value, language)), $"{area} '{prefix}{value}' has no {language} text"));
            }
        }
    }

    [Fact]
    public void EnumKeys_EveryValueAndLanguage_HaveText()
    {
        foreach (var language in Languages)
        {
            Assert.All(Enum.GetValues<BotCommandKind>(), command => Assert.NotEmpty(CommandTexts.Text(command, language)));
            Assert.All(Enum.GetValues<SettingsNotice>(), notice => Assert.NotEmpty(NudgeTexts.Get(notice.ToString(), language)));
            Assert.All(Enum.GetValues<RuleMessage>(), message => Assert.False(string.IsNullOrWhiteSpace(RuleTexts.For(language).Messages.GetValueOrDefault(message)), $"{message} in {language}"));
        }
    }

    private static string[] Names<T>()
        where T : struct, Enum => Enum.GetNames<T>();

    /// <summary>Every <c>XTexts.Get/Format(</c> call: its file, area and literal key (null when the key is no literal).</summary>
    private static IEnumerable<(string File, string Area, string? Key)> Calls()
    {
        var root = Path.Combine(RepoPaths.RepoRoot, "src", "BenefitsBot");
        foreach (var path in Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories).Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            var file = Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/');
            if (file.StartsWith("Localization/", StringComparison.Ordinal) || file.StartsWith("Nudges/Texts/", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (Match call in Call().Matches(File.ReadAllText(path)))
            {
                var first = call.Groups["first"].Value;
                if (ComposedPrefix().IsMatch(first))
                {
                    // A composed key: ComposedFamilies enumerates it.
                    continue;
                }

                var literals = Literal().Matches(first).Select(m => m.Groups[1].Value).ToList();
                if (literals.Count == 0)
                {
                    yield return (file, call.Groups["area"].Value, null);
                }

                foreach (var literal in literals)
                {
                    yield return (file, call.Groups["area"].Value, literal);
                }
            }
        }
    }

    private static string? Text(string area, string key, string language)
    {
        var neutral = Path.Combine(RepoPaths.RepoRoot, Areas[area]);
        var path = language == "en" ? neutral : Path.ChangeExtension(neutral, language + ".resx");
        return XDocument.Load(path).Root!.Elements("data").FirstOrDefault(d => (string?)d.Attribute("name") == key)?.Element("value")?.Value;
    }

    /// <summary>The first argument of a text call, up to the comma before the language (ternaries and calls inside it included).</summary>
    [GeneratedRegex("""\b(?<area>BotTexts|CommandTexts|DialogTexts|RedemptionTexts|EscalationTexts|SuggestionTexts|NudgeTexts)\.(?:Get|Format)\((?<first>(?:[^,()]|\([^()]*\))*),""")]
    private static partial Regex Call();

    [GeneratedRegex("""(?:\b(?<area>[A-Za-z]+Texts)\.)?(?:Get|Format)\("(?<prefix>[A-Za-z]+_)" \+""")]
    private static partial Regex Composed();

    [GeneratedRegex("""^\s*"[A-Za-z]+_"\s*\+""")]
    private static partial Regex ComposedPrefix();

    [GeneratedRegex("\"([^\"]*)\"")]
    private static partial Regex Literal();
}
