using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using BenefitsBot.Domain.Dates;
using BenefitsBot.Domain.Rules;
using Xunit.Abstractions;

namespace BenefitsBot.Domain.Tests.Rules;

/// <summary>
/// The date-rule dev sets end to end (date recognizer → interpreter → rules), measured in 5 folds (line number mod 5) with floors, not
/// line by line: the interpreter's phrases come from the articles and general language and nothing in it is fitted to data, so
/// each fold's figure is already a held-out figure (there is nothing to train on the other four). A floor that fails says the
/// interpretation got worse; a single line that fails does not.
/// </summary>
public sealed class DatesDevSetTests(ITestOutputHelper output)
{
    private const int Folds = 5;

    /// <summary>
    /// Per set, the floor for each fold and each language: the shared set, the first blind set and the first, third and fourth probe
    /// sets measured at 128/128, 120/120 and 160/160 (each fold and language 1.000), one miss per fold or language tolerated;
    /// the second, fifth, sixth and seventh probe sets at 157/160, 158/160, 118/120 and 119/120 (their misses are listed in the issue
    /// note), floors .90, .93, .93 and .93.
    /// </summary>
    public static TheoryData<string, double> Sets => new()
    {
        { DatesDevSet.Shared, 0.96 },
        { DatesDevSet.FirstBlindSet, 0.96 },
        { DatesDevSet.SecondBlindSet, 0.96 },
        { DatesDevSet.ThirdBlindSet, 0.80 },
        { DatesDevSet.FourthBlindSet, 0.85 },
        { DatesDevSet.FifthBlindSet, 0.85 },
        { DatesDevSet.SixthBlindSet, 0.85 },
        { DatesDevSet.SeventhBlindSet, 0.85 },
        { DatesDevSet.EighthBlindSet, 0.93 },
        { DatesDevSet.NinthBlindSet, 0.85 },
        { DatesDevSet.TenthBlindSet, 0.93 },
        { DatesDevSet.EleventhBlindSet, 0.93 },
        { DatesDevSet.TwelfthBlindSet, 0.90 },
        { DatesDevSet.ThirteenthBlindSet, 0.93 },
        { DatesDevSet.FourteenthBlindSet, 0.93 },
        { DatesDevSet.FifteenthBlindSet, 0.93 },
        { DatesDevSet.SixteenthBlindSet, 0.93 },
        { DatesDevSet.SeventeenthBlindSet, 0.93 },
        { DatesDevSet.Probe, 0.96 },
        { DatesDevSet.SecondProbe, 0.90 },
        { DatesDevSet.ThirdProbe, 0.96 },
        { DatesDevSet.FourthProbe, 0.96 },
        { DatesDevSet.FifthProbe, 0.93 },
        { DatesDevSet.SixthProbe, 0.93 },
        { DatesDevSet.SeventhProbe, 0.93 },
        { DatesDevSet.EighthProbe, 0.80 },
        { DatesDevSet.NinthProbe, 0.80 },
        { DatesDevSet.TenthProbe, 0.85 },
        { DatesDevSet.EleventhProbe, 0.85 },
        { DatesDevSet.TwelfthProbe, 0.85 },
        { DatesDevSet.ThirteenthProbe, 0.85 },
        { DatesDevSet.FourteenthProbe, 0.85 },
        { DatesDevSet.FifteenthProbe, 0.85 },
        { DatesDevSet.SixteenthProbe, 0.85 },
        { DatesDevSet.SeventeenthProbe, 0.85 },
        { DatesDevSet.EighteenthProbe, 0.85 },
        { DatesDevSet.NineteenthProbe, 0.85 },
        { DatesDevSet.TwentiethProbe, 0.85 },
        { DatesDevSet.TwentyFirstProbe, 0.85 },
        { DatesDevSet.TwentySecondProbe, 0.85 },
        { DatesDevSet.TwentyThirdProbe, 0.85 },
        { DatesDevSet.TwentyFourthProbe, 0.80 },
        { DatesDevSet.TwentyFifthProbe, 0.85 },
        { DatesDevSet.TwentySixthProbe, 0.85 },
        { DatesDevSet.TwentySeventhProbe, 0.85 },
        { DatesDevSet.TwentyEighthProbe, 0.65 },
        { DatesDevSet.TwentyNinthProbe, 0.85 },
        { DatesDevSet.ThirtiethProbe, 0.80 },
        { DatesDevSet.ThirtyFirstProbe, 0.85 },
        { DatesDevSet.ThirtySecondProbe, 0.85 },
        { DatesDevSet.ThirtyThirdProbe, 0.85 },
        { DatesDevSet.ThirtyFourthProbe, 0.93 },
        { DatesDevSet.ThirtyFifthProbe, 0.93 },
        { DatesDevSet.ThirtySixthProbe, 0.93 },
        { DatesDevSet.ThirtySeventhProbe, 0.93 },
        { DatesDevSet.ThirtyEighthProbe, 0.75 },
        { DatesDevSet.ThirtyNinthProbe, 0.80 },
        { DatesDevSet.FortiethProbe, 0.90 },
        { DatesDevSet.FortyFirstProbe, 0.93 },
        { DatesDevSet.FortySecondProbe, 0.93 },
        { DatesDevSet.FortyThirdProbe, 0.93 },
        { DatesDevSet.FortyFourthProbe, 0.93 },
        { DatesDevSet.FortyFifthProbe, 0.93 },
        { DatesDevSet.FortySixthProbe, 0.80 },
        { DatesDevSet.FortySeventhProbe, 0.93 },
        { DatesDevSet.FortyEighthProbe, 0.93 },
        { DatesDevSet.FortyNinthProbe, 0.93 },
        { DatesDevSet.FiftiethProbe, 0.90 },
        { DatesDevSet.FiftyFirstProbe, 0.85 },
        { DatesDevSet.FiftySecondProbe, 0.95 },
        { DatesDevSet.FiftyThirdProbe, 0.93 },
        { DatesDevSet.FiftyFourthProbe, 0.93 },
        { DatesDevSet.FiftyFifthProbe, 0.93 },
        { DatesDevSet.FiftySixthProbe, 0.95 },
        { DatesDevSet.FiftySeventhProbe, 0.95 },
        { DatesDevSet.FiftyEighthProbe, 0.95 },
        { DatesDevSet.FiftyNinthProbe, 0.95 },
        { DatesDevSet.SixtiethProbe, 0.95 },
        { DatesDevSet.SixtyFirstProbe, 0.95 },
        { DatesDevSet.SixtySecondProbe, 0.95 },
        { DatesDevSet.SixtyThirdProbe, 0.90 },
        { DatesDevSet.SixtyFourthProbe, 0.90 },
        { DatesDevSet.SixtyFifthProbe, 0.90 },
        { DatesDevSet.SixtySixthProbe, 0.85 },
        { DatesDevSet.SixtySeventhProbe, 0.95 },
        { DatesDevSet.SixtyEighthProbe, 0.90 },
        { DatesDevSet.SixtyNinthProbe, 0.95 },
        { DatesDevSet.SeventiethProbe, 0.95 },
        { DatesDevSet.SeventyFirstProbe, 0.90 },
        { DatesDevSet.SeventySecondProbe, 0.93 },
        { DatesDevSet.SeventyThirdProbe, 0.95 },
        { DatesDevSet.SeventyFourthProbe, 0.95 },
        { DatesDevSet.SeventyFifthProbe, 0.95 },
        { DatesDevSet.SeventySixthProbe, 0.95 },
        { DatesDevSet.SeventySeventhProbe, 0.93 },
    };

    private static readonly string[] Fields = ["start", "end", "date", "eligible", "reason"];

    [Theory]
    [MemberData(nameof(Sets))]
    public void Evaluate_DevSetInFiveFolds_EveryFoldAndLanguageAboveItsFloor(string set, double floor)
    {
        var recognizer = new DateRecognizer();
        var interpreter = new RuleQuestionInterpreter();
        var rules = new BenefitRules(TimeProvider.System);
        var results = DatesDevSet.Load(set)
            .Select(line => (line, Correct: Actual(line, recognizer, interpreter, rules) == Expected(line)))
            .ToList();

        var folds = results.GroupBy(r => r.line.Line % Folds).OrderBy(g => g.Key).Select(g => Ratio(g.Count(r => r.Correct), g.Count())).ToList();
        var languages = results.GroupBy(r => r.line.Lang).OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Ratio(g.Count(r => r.Correct), g.Count()));
        output.WriteLine($"folds: {string.Join(" ", folds.Select(f => f.ToString("0.000", CultureInfo.InvariantCulture)))}; "
            + string.Join(", ", languages.Select(l => $"{l.Key} {l.Value.ToString("0.000", CultureInfo.InvariantCulture)}")));

        Assert.Equal(Folds, folds.Count);
        Assert.All(folds, f => Assert.True(f >= floor, $"fold {f:0.000} below {floor}"));
        Assert.All(languages, l => Assert.True(l.Value >= floor, $"{l.Key} {l.Value:0.000} below {floor}"));
    }

    public static TheoryData<string> SetNames => [DatesDevSet.Shared, DatesDevSet.FirstBlindSet, DatesDevSet.SecondBlindSet, DatesDevSet.ThirdBlindSet, DatesDevSet.FourthBlindSet, DatesDevSet.FifthBlindSet, DatesDevSet.SixthBlindSet, DatesDevSet.SeventhBlindSet, DatesDevSet.EighthBlindSet, DatesDevSet.NinthBlindSet, DatesDevSet.TenthBlindSet, DatesDevSet.EleventhBlindSet, DatesDevSet.TwelfthBlindSet, DatesDevSet.ThirteenthBlindSet, DatesDevSet.FourteenthBlindSet, DatesDevSet.FifteenthBlindSet, DatesDevSet.SixteenthBlindSet, DatesDevSet.SeventeenthBlindSet, DatesDevSet.Probe, DatesDevSet.SecondProbe, DatesDevSet.ThirdProbe, DatesDevSet.FourthProbe, DatesDevSet.FifthProbe, DatesDevSet.SixthProbe, DatesDevSet.SeventhProbe, DatesDevSet.EighthProbe, DatesDevSet.NinthProbe, DatesDevSet.TenthProbe, DatesDevSet.EleventhProbe, DatesDevSet.TwelfthProbe, DatesDevSet.ThirteenthProbe, DatesDevSet.FourteenthProbe, DatesDevSet.FifteenthProbe, DatesDevSet.SixteenthProbe, DatesDevSet.SeventeenthProbe, DatesDevSet.EighteenthProbe, DatesDevSet.NineteenthProbe, DatesDevSet.TwentiethProbe, DatesDevSet.TwentyFirstProbe, DatesDevSet.TwentySecondProbe, DatesDevSet.TwentyThirdProbe, DatesDevSet.TwentyFourthProbe, DatesDevSet.TwentyFifthProbe, DatesDevSet.TwentySixthProbe, DatesDevSet.TwentySeventhProbe, DatesDevSet.TwentyEighthProbe, DatesDevSet.TwentyNinthProbe, DatesDevSet.ThirtiethProbe, DatesDevSet.ThirtyFirstProbe, DatesDevSet.ThirtySecondProbe, DatesDevSet.ThirtyThirdProbe, DatesDevSet.ThirtyFourthProbe, DatesDevSet.ThirtyFifthProbe, DatesDevSet.ThirtySixthProbe, DatesDevSet.ThirtySeventhProbe, DatesDevSet.ThirtyEighthProbe, DatesDevSet.ThirtyNinthProbe, DatesDevSet.FortiethProbe, DatesDevSet.FortyFirstProbe, DatesDevSet.FortySecondProbe, DatesDevSet.FortyThirdProbe, DatesDevSet.FortyFourthProbe, DatesDevSet.FortyFifthProbe, DatesDevSet.FortySixthProbe, DatesDevSet.FortySeventhProbe, DatesDevSet.FortyEighthProbe, DatesDevSet.FortyNinthProbe, DatesDevSet.FiftiethProbe, DatesDevSet.FiftyFirstProbe, DatesDevSet.FiftySecondProbe, DatesDevSet.FiftyThirdProbe, DatesDevSet.FiftyFourthProbe, DatesDevSet.FiftyFifthProbe, DatesDevSet.FiftySixthProbe, DatesDevSet.FiftySeventhProbe, DatesDevSet.FiftyEighthProbe, DatesDevSet.FiftyNinthProbe, DatesDevSet.SixtiethProbe, DatesDevSet.SixtyFirstProbe, DatesDevSet.SixtySecondProbe, DatesDevSet.SixtyThirdProbe, DatesDevSet.SixtyFourthProbe, DatesDevSet.SixtyFifthProbe, DatesDevSet.SixtySixthProbe, DatesDevSet.SixtySeventhProbe, DatesDevSet.SixtyEighthProbe, DatesDevSet.SixtyNinthProbe, DatesDevSet.SeventiethProbe, DatesDevSet.SeventyFirstProbe, DatesDevSet.SeventySecondProbe, DatesDevSet.SeventyThirdProbe, DatesDevSet.SeventyFourthProbe, DatesDevSet.SeventyFifthProbe, DatesDevSet.SeventySixthProbe, DatesDevSet.SeventySeventhProbe];

    [Theory]
    [MemberData(nameof(SetNames))]
    public void Interpret_DevSetWithoutDates_EveryClaimedLineAsksForTheDate(string set)
    {
        var interpreter = new RuleQuestionInterpreter();

        var claimed = DatesDevSet.Load(set).Select(l => interpreter.Interpret(l.Text, l.Lang, [])).OfType<RuleQuestion>().ToList();

        // Without dates a text is either still a rule question that needs a date, or not claimed at all: never a computed answer,
        // unless its words name the day ("when the pandemic started").
        Assert.All(claimed, q => Assert.True(q.NeedsDate || q.AnchorDate == RuleQuestionInterpreter.PandemicDeclared));
    }

    private static double Ratio(int correct, int total) => total == 0 ? 0 : (double)correct / total;

    private static string Actual(DatesDevLine line, DateRecognizer recognizer, RuleQuestionInterpreter interpreter, BenefitRules rules)
    {
        var question = interpreter.Interpret(line.Text, line.Lang, recognizer.Recognize(line.Text, line.Lang, line.Ref), line.Ref);
        return question is { NeedsDate: false } ? RuleVerdictJson.ToRuleObject(rules.Evaluate(question, line.Ref)).ToJsonString() : "null";
    }

    private static string Expected(DatesDevLine line)
    {
        var expected = new JsonObject { ["kind"] = line.Kind };
        foreach (var name in Fields)
        {
            if (line.Expect.TryGetProperty(name, out var value))
            {
                expected[name] = JsonNode.Parse(value.GetRawText());
            }
        }

        return expected.ToJsonString(new JsonSerializerOptions());
    }
}
