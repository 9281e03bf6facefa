using BenefitsBot.Domain.Knowledge;
namespace BenefitsBot.Domain.Tests.Knowledge;
public sealed class TmpDumpTests
{
    [Fact]
    public void Dump_Entries_Writes()
    {
        var lines = ShippedArticles.KnowledgeBase.Entries.Select(e => $"=== {e.QuestionEn}\n[{string.Join(",", e.Languages)}]\n{(e.Text("en") ?? e.Texts.Values.First()).AnswerText[..Math.Min(600, (e.Text("en") ?? e.Texts.Values.First()).AnswerText.Length)]}\n");
        File.WriteAllLines("/tmp/faq-entries.txt", lines);
        Assert.NotEmpty(lines);
    }
}
