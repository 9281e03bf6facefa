namespace BenefitsBot.Domain.Knowledge;

/// <summary>One block of an answer: a paragraph, a numbered step (with its number), a bullet or a note.</summary>
/// <param name="Text">Plain text: markdown emphasis removed, links reduced to their text.</param>
/// <param name="Markdown">The same text as simple markdown (bold kept, links absolute).</param>
public sealed record AnswerBlock(
    AnswerBlockKind Kind,
    string Text,
    string Markdown,
    IReadOnlyList<AnswerLink> Links,
    NoteKind? Note = null,
    int? StepNumber = null);
