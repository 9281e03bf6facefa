using BenefitsBot.Domain.Knowledge;
using BenefitsBot.Domain.Knowledge.Parsing;

namespace BenefitsBot.Benchmarks.Faq;

/// <summary>A large knowledge base made from the real aligned sentences, recombined (fixed seed), in Swedish with English source like the seeds.</summary>
internal static class SyntheticKnowledgeBase
{
    private const int EntriesPerArticle = 100;
    private const int AnswerSentences = 5;

    public static KnowledgeBase Create(KnowledgeBase source, int entryCount)
    {
        var random = new Random(20261122);
        var sentences = source.Sentences.Where(sentence => sentence.Language == FaqLanguages.Swedish && sentence.English.Length > 20).ToList();
        var articles = new List<ParsedArticle>();
        for (var article = 0; article * EntriesPerArticle < entryCount; article++)
        {
            var entries = new List<ParsedEntry>();
            for (var ordinal = 1; ordinal <= EntriesPerArticle && (article * EntriesPerArticle) + ordinal <= entryCount; ordinal++)
            {
                var picked = Enumerable.Range(0, AnswerSentences + 1).Select(_ => sentences[random.Next(sentences.Count)]).ToList();
                entries.Add(new ParsedEntry("section", $"q{ordinal}", ordinal, ordinal,
                    Text(FaqLanguages.Swedish, picked[0].Translated, picked.Skip(1).Select(sentence => sentence.Translated)),
                    Text(FaqLanguages.English, picked[0].English, picked.Skip(1).Select(sentence => sentence.English))));
            }

            articles.Add(new ParsedArticle($"synthetic-{article}.md", new FrontMatter($"Synthetic {article}", "sv-se", null, null),
                FaqLanguages.Swedish, $"synthetic-{article}", entries, []));
        }

        return KnowledgeBase.Build(articles.Append(new ParsedArticle("sentences.md", new FrontMatter("Sentences", "sv-se", null, null),
            FaqLanguages.Swedish, "sentences", [], source.Sentences)));
    }

    private static EntryText Text(string language, string question, IEnumerable<string> answer) =>
        new(language, question, [.. answer.Select(text => new AnswerBlock(AnswerBlockKind.Paragraph, text, text, []))]);
}
