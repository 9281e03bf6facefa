using System.Text;

namespace BenefitsBot.Domain.Knowledge.Parsing;

/// <summary>Turns the markdown lines of one answer into paragraphs, numbered steps, bullets and notes.</summary>
internal sealed class BlockBuilder(string locale)
{
    private readonly List<(AnswerBlockKind Kind, NoteKind? Note, int? Step, StringBuilder Markdown)> blocks = [];
    private bool open;
    private bool inNote;

    public void Add(string line)
    {
        var trimmed = line.Trim();
        if (trimmed.StartsWith(":::image", StringComparison.Ordinal))
        {
            // A Docs image (its own line): no text of the answer, like inline images.
            return;
        }

        if (trimmed.Length == 0)
        {
            open = false;
            inNote = false;
            return;
        }

        if (trimmed.StartsWith('>'))
        {
            AddQuoted(trimmed.TrimStart('>').Trim());
            return;
        }

        inNote = false;
        var step = ArticlePatterns.Step().Match(trimmed);
        var bullet = ArticlePatterns.Bullet().Match(trimmed);
        if (step.Success)
        {
            Start(AnswerBlockKind.Step, null, int.Parse(step.Groups["number"].Value, System.Globalization.CultureInfo.InvariantCulture), step.Groups["text"].Value);
        }
        else if (bullet.Success)
        {
            Start(AnswerBlockKind.Bullet, null, null, bullet.Groups["text"].Value);
        }
        else if (open && blocks.Count > 0 && !char.IsWhiteSpace(line[0]))
        {
            blocks[^1].Markdown.Append(' ').Append(trimmed);
        }
        else
        {
            Start(AnswerBlockKind.Paragraph, null, null, trimmed);
        }
    }

    public IReadOnlyList<AnswerBlock> Build(bool stripAnswerMarker)
    {
        var result = new List<AnswerBlock>();
        foreach (var (kind, note, step, markdown) in blocks)
        {
            var text = markdown.ToString();
            if (stripAnswerMarker && result.Count == 0)
            {
                text = ArticlePatterns.AnswerMarker().Replace(text, "", 1);
            }

            var plain = MarkdownInline.Plain(text);
            if (plain.Length > 0)
            {
                result.Add(new AnswerBlock(kind, plain, MarkdownInline.Display(text, locale), MarkdownInline.Links(text, locale), note, step));
            }
        }

        return result;
    }

    private void AddQuoted(string inner)
    {
        if (inner.Length == 0)
        {
            // A bare '>' ends the quote's paragraph: a line after it without '>' is no lazy continuation of the note.
            open = false;
            return;
        }

        var alert = ArticlePatterns.Alert().Match(inner);
        if (alert.Success)
        {
            Start(AnswerBlockKind.Note, Enum.Parse<NoteKind>(alert.Groups["kind"].Value, ignoreCase: true), null, alert.Groups["rest"].Value);
            inNote = true;
        }
        else if (inNote)
        {
            blocks[^1].Markdown.Append(' ').Append(inner);
        }
        else
        {
            Start(AnswerBlockKind.Paragraph, null, null, inner);
        }
    }

    private void Start(AnswerBlockKind kind, NoteKind? note, int? step, string markdown)
    {
        blocks.Add((kind, note, step, new StringBuilder(markdown)));
        open = true;
    }
}
