using System.Text.Json;
using BenefitsBot.Domain.Dates;
using BenefitsBot.Testing;

namespace BenefitsBot.Domain.Tests.Dates;

/// <summary>
/// A rule's <see cref="PatternAnchor"/>s are a promise that it never matches a text without them; a wrong one silently drops
/// mentions. Checked on every spec, dev and eval text (in all languages, for more variety) and on forms that sit at the edge of an
/// anchor: a month or weekday glued to a neighbour, a unit after digits, a weekday the Swedish past form extends.
/// </summary>
public sealed class PatternAnchorTests
{
    private static readonly string[] EdgeForms =
    [
        "fifteenthjanuary 2020", "15jan", "jan15", "2020jan", "2020-jan-15", "next weekmonday", "next week,monday", "3d ago", "in 3wks",
        "i tisdags", "nästa veckamåndag", "den 3:e maj", "15 mei 2020 tot nu", "between now and 2020-01-01", "från nu till 1 maj 2021",
        "vrijdag de 13e", "the third of next month", "over twee weken", "om två veckor", "FRIDAY 13", "Jan. 3rd", "mon,", "sat.",
    ];

    public static TheoryData<string> Languages => ["en-US", "en-GB", "sv", "nl"];

    [Theory]
    [MemberData(nameof(Languages))]
    public void AnchorsIn_TextARuleMatches_HoldsEveryAnchorOfTheRule(string language)
    {
        var recognizer = new WesternRecognizer(language switch
        {
            "en-US" => LanguageProfiles.English(monthFirst: true),
            "en-GB" => LanguageProfiles.English(monthFirst: false),
            "sv" => LanguageProfiles.Swedish(),
            _ => LanguageProfiles.Dutch(),
        });

        var missed = Texts()
            .SelectMany(text => recognizer.Rules
                .Where(rule => rule.Anchors != PatternAnchor.None && rule.Pattern.IsMatch(text) && !rule.MayMatch(recognizer.AnchorsIn(text)))
                .Select(rule => $"{rule.Anchors} not found in \"{text}\", which {rule.Pattern} matches"))
            .ToList();

        Assert.True(missed.Count == 0, string.Join('\n', missed.Take(10)));
    }

    [Fact]
    public void AnchorsIn_TextWithoutDigitMonthWeekdayUnitOrNow_FindsNone()
    {
        var recognizer = new WesternRecognizer(LanguageProfiles.English(monthFirst: true));

        Assert.Equal(PatternAnchor.None, recognizer.AnchorsIn("how does competency renewal work?"));
    }

    private static IEnumerable<string> Texts()
    {
        var specs = new[] { "English-DateTimeModel.json", "Dutch-DateTimeModel.json", "Chinese-DateTimeModel.json", "Swedish-DateExtractor.json", "Swedish-DateParser.json" }
            .SelectMany(file => SpecLoader.Load(file, "any").Select(c => c.Input));
        var eval = new[] { "dates-dev.jsonl", "dev.jsonl", "ambiguous-dev.jsonl" }
            .SelectMany(file => File.ReadLines(Path.Combine(RepoPaths.SharedDirectory, "eval", file)))
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("text").GetString()!);
        return EdgeForms.Concat(specs).Concat(eval);
    }
}
