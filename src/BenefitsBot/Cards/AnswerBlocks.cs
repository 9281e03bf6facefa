using BenefitsBot.AdaptiveCards;
using BenefitsBot.AdaptiveCards.Elements;
using BenefitsBot.Domain.Knowledge;

namespace BenefitsBot.Cards;

/// <summary>Draws answer blocks: paragraphs as text, consecutive steps and bullets as one list, notes in a highlighted container.</summary>
internal static class AnswerBlocks
{
    public static IEnumerable<CardElement> Render(IReadOnlyList<AnswerBlock> blocks)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block.Kind is AnswerBlockKind.Step or AnswerBlockKind.Bullet)
            {
                var items = new List<string>();
                for (; i < blocks.Count && blocks[i].Kind == block.Kind; i++)
                {
                    items.Add(block.Kind == AnswerBlockKind.Step ? $"{blocks[i].StepNumber ?? items.Count + 1}. {blocks[i].Markdown}" : $"- {blocks[i].Markdown}");
                }

                i--;
                yield return new TextBlock(string.Join('\r', items)) { Wrap = true };
            }
            else if (block.Kind == AnswerBlockKind.Note)
            {
                yield return Note(block);
            }
            else
            {
                yield return new TextBlock(block.Markdown) { Wrap = true };
            }
        }
    }

    private static Container Note(AnswerBlock block) => new()
    {
        Style = block.Note is NoteKind.Warning or NoteKind.Caution or NoteKind.Important ? ContainerStyle.Warning : ContainerStyle.Emphasis,
        Items = [new TextBlock(block.Markdown) { Wrap = true }],
    };
}
