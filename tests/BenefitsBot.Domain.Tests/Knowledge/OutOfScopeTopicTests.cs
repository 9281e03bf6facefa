using BenefitsBot.Domain.Knowledge;

namespace BenefitsBot.Domain.Tests.Knowledge;

/// <summary>Prices, currencies and the like are refused, unless an entry's own question is about that topic (an admin's answer from a ticket).</summary>
public sealed class OutOfScopeTopicTests : IDisposable
{
    private const string PriceQuestion = "How much does the Gold competency fee cost in euros?";

    private readonly string folder = Directory.CreateTempSubdirectory("kb-topics-").FullName;

    public OutOfScopeTopicTests()
    {
        foreach (var file in Directory.EnumerateFiles(ShippedArticles.Folder, "*.md"))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Ask_PriceQuestionWithShippedArticles_None()
    {
        var result = new FaqAnswerer(KnowledgeBase.Load(folder)).Ask(PriceQuestion, "en-US");

        Assert.Equal(FaqResultKind.None, result.Kind);
    }

    [Fact]
    public void Ask_PriceQuestionAnsweredByAnAddedEntry_AnswersFromThatEntry()
    {
        File.WriteAllText(Path.Combine(folder, "admin-answer-t1.en-us.md"), $"""
            ---
            title: {PriceQuestion}
            ms.date: 11/22/2026
            ms.contentlocale: en-us
            ---
            # <a name="admin-answer-t1"></a>{PriceQuestion}

            ## <a name="answer"></a>Answer

            **Q: {PriceQuestion}**

            Our finance team pays it; ask finance@contoso.example for the amount in euros.
            """);

        var answerer = new FaqAnswerer(KnowledgeBase.Load(folder));
        var same = answerer.Ask(PriceQuestion, "en-US");
        var otherTopic = answerer.Ask("What is the exchange rate for paying the Gold competency fee in kronor?", "en-US");

        Assert.Equal(FaqResultKind.Answer, same.Kind);
        Assert.Equal("admin-answer-t1/answer", same.Entry!.Id);
        Assert.Equal(FaqResultKind.None, otherTopic.Kind);
    }
}
