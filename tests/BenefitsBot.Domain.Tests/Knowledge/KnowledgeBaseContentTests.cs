using BenefitsBot.Domain.Knowledge;
using Xunit.Abstractions;

namespace BenefitsBot.Domain.Tests.Knowledge;

public sealed class KnowledgeBaseContentTests(ITestOutputHelper output)
{
    [Fact]
    public void Load_ShippedArticles_EveryEvalQuestionMatchesExactlyOneEntry()
    {
        var kb = ShippedArticles.KnowledgeBase;
        foreach (var entry in kb.Entries)
        {
            output.WriteLine($"{entry.Id} | {entry.QuestionEn} | {string.Join(",", entry.Languages)}");
        }

        foreach (var (id, question) in ShippedArticles.EvalEntries())
        {
            Assert.True(kb.Entries.Count(entry => entry.QuestionEn == question) == 1, $"{id}: '{question}'");
        }
    }

    [Fact]
    public void Load_ShippedArticles_MpnFaqLinesUpInFourLanguages()
    {
        var entry = Assert.Single(ShippedArticles.KnowledgeBase.Entries, entry => entry.QuestionEn == "Can a single token be used to unlocked multiple subscriptions?");

        Assert.Equal(["en", "nl", "sv", "zh-TW"], entry.Languages.Order(StringComparer.Ordinal));
        Assert.StartsWith("kan en enskild token", entry.Text("sv")!.Question, StringComparison.Ordinal);
        Assert.Contains("權杖", entry.Text("zh-TW")!.Question, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ShippedArticles_HowToSectionsKeepStepsNotesAndLinks()
    {
        var entry = Assert.Single(ShippedArticles.KnowledgeBase.Entries, entry => entry.QuestionEn == "Manage Visual Studio subscriptions");
        var english = entry.Text("en")!;

        Assert.Contains(english.Answer, block => block.Kind == AnswerBlockKind.Step && block.StepNumber == 1);
        Assert.Contains(english.Answer, block => block.Kind == AnswerBlockKind.Note && block.Note == NoteKind.Important);
        Assert.Equal("https://learn.microsoft.com/sv-se/partner-center/manage-your-membership-benefits-and-offers-in-partner-center#manage-visual-studio-subscriptions".Length > 0, entry.ArticleUrl("sv").StartsWith("https://learn.microsoft.com/sv-se/partner-center/", StringComparison.Ordinal));
    }
}
