using Markdig.Syntax;

namespace BenefitsBot.Domain.Knowledge.Parsing;

/// <summary>One entry while the article walk collects it: where it starts, its question on each side and its answer's blocks.</summary>
internal sealed class EntryContent(bool faq, string sectionAnchor, string anchor, int ordinal, int lineNumber, string localQuestion, string? englishQuestion)
{
    private readonly List<Block> blocks = [];

    public void Add(Block block) => blocks.Add(block);

    public ParsedEntry Build(string language, string locale)
    {
        var local = new EntryText(language, localQuestion, Answer(TextSide.Local, locale));
        var english = englishQuestion is null ? null : new EntryText(FaqLanguages.English, englishQuestion, Answer(TextSide.English, "en-us"));
        return new ParsedEntry(sectionAnchor, anchor, ordinal, lineNumber, local, english);
    }

    private IReadOnlyList<AnswerBlock> Answer(TextSide side, string locale)
    {
        var answer = new AnswerBlocks(side, locale);
        foreach (var block in blocks)
        {
            answer.Add(block);
        }

        return answer.Build(stripAnswerMarker: faq);
    }
}
