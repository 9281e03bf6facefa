namespace BenefitsBot.Domain.Knowledge.Retrieval;

/// <summary>A question scored against one language's index: normalized scores per entry (0..1) and whether it names an out-of-scope topic.</summary>
internal sealed record ScoredQuery(string Language, double[] Scores, bool OutOfScope, int ContentTerms)
{
    public double Best => Scores.Length == 0 ? 0 : Scores.Max();
}
