using BenefitsBot.Domain.Knowledge;
using BenefitsBot.Escalation;

namespace BenefitsBot.Tests.Escalation;

public sealed class AdminAnswerArticleTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("benefitsbot-answer-test-");

    public void Dispose() => folder.Delete(recursive: true);

    [Theory]
    [InlineData("en")]
    [InlineData("sv")]
    [InlineData("zh-TW")]
    public void Render_AnswerWithMarkupThatWouldSplitTheEntry_LoadsAsOneEntryInTheQuestionsLanguage(string language)
    {
        var ticket = new Ticket("0192f0c4a1b27c3d8e9f001122334455", "Q: **who** pays\nthe #fee?", language, "aad", "29:u", "Alex", "a:p", TicketState.Resolved, DateTimeOffset.UnixEpoch)
        {
            Answer = "# Heading that is no heading\n**Q: not a second question**\nThe alliance manager <span>pays</span>.",
            AnsweredByName = "Adele: admin",
        };
        File.WriteAllText(Path.Combine(folder.FullName, AdminAnswerArticle.FileName(ticket)), AdminAnswerArticle.Render(ticket, new DateOnly(2026, 11, 22)));

        var loaded = KnowledgeBase.TryLoad(folder.FullName);

        Assert.True(loaded.Succeeded, string.Join("; ", loaded.Errors.Select(e => e.Reason)));
        var entry = Assert.Single(loaded.KnowledgeBase!.Entries);
        Assert.Equal(AdminAnswerArticle.EntryId(ticket), entry.Id);
        var text = entry.Text(language);
        Assert.NotNull(text);
        Assert.Contains("pays the #fee?", text.Question, StringComparison.Ordinal);
        Assert.Contains("not a second question", text.AnswerText, StringComparison.Ordinal);
        Assert.Contains("alliance manager", text.AnswerText, StringComparison.Ordinal);
    }
}
