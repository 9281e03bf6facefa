namespace BenefitsBot.Domain.Knowledge.Parsing;

/// <summary>The lines of one entry while the parser collects them: where it starts, its question line and its answer lines.</summary>
internal sealed class EntryLines(bool faq, string sectionAnchor, string anchor, int ordinal, LocalizedLine question, string localQuestion, string? englishQuestion)
{
    private readonly List<LocalizedLine> lines = [];

    public void Add(LocalizedLine line) => lines.Add(line);

    public ParsedEntry Build(string language, string locale)
    {
        var local = new EntryText(language, localQuestion, Blocks(lines.Select(line => line.Local), locale));
        var english = englishQuestion is null
            ? null
            : new EntryText(FaqLanguages.English, englishQuestion, Blocks(lines.Select(line => line.English ?? line.Local), "en-us"));
        return new ParsedEntry(sectionAnchor, anchor, ordinal, question.Number, local, english);
    }

    private IReadOnlyList<AnswerBlock> Blocks(IEnumerable<string> markdown, string locale)
    {
        var builder = new BlockBuilder(locale);
        foreach (var line in markdown)
        {
            builder.Add(line);
        }

        return builder.Build(stripAnswerMarker: faq);
    }
}
