namespace BenefitsBot.Domain.Knowledge;

/// <summary>An entry's question and answer in one language.</summary>
public sealed record EntryText(string Language, string Question, IReadOnlyList<AnswerBlock> Answer)
{
    /// <summary>The answer as plain text, blocks separated by new lines.</summary>
    public string AnswerText => string.Join('\n', Answer.Select(block => block.Text));
}
