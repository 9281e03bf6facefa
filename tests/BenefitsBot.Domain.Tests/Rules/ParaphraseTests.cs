using BenefitsBot.Domain.Dates;
using BenefitsBot.Domain.Rules;
using BenefitsBot.Testing;

namespace BenefitsBot.Domain.Tests.Rules;

/// <summary>Our own paraphrases (Rules/Paraphrases.txt): typos, other verbs, yes/no forms, in all four languages.</summary>
public sealed class ParaphraseTests
{
    private static readonly string FilePath = Path.Combine(RepoPaths.RepoRoot, "tests", "BenefitsBot.Domain.Tests", "Rules", "Paraphrases.txt");

    public static TheoryData<string, string, bool, string> Lines()
    {
        var data = new TheoryData<string, string, bool, string>();
        foreach (var line in File.ReadLines(FilePath).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var parts = line.Split('|', 4);
            data.Add(parts[0], parts[1], parts[2] == "yes", parts[3]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Lines))]
    public void Interpret_Paraphrase_KindAndEligibilityQuestion(string language, string kind, bool asksEligibility, string text)
    {
        var anyDate = new DateMention(0, 0, DateMentionKind.Date, new DateOnly(2026, 1, 1));

        var question = new RuleQuestionInterpreter().Interpret(text, language, [anyDate]);

        Assert.Equal(kind, question?.Kind.ToWireName());
        Assert.Equal(asksEligibility, question?.AsksEligibility);
    }
}
