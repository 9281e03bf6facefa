namespace BenefitsBot.Domain.Knowledge.Retrieval;

/// <summary>A question scored against one language's index: normalized scores per entry (0..1) and the out-of-scope topics it names.</summary>
internal sealed record ScoredQuery(string Language, double[] Scores, IReadOnlySet<string> OutOfScopeTopics, int ContentTerms)
{
    public bool OutOfScope => OutOfScopeTopics.Count > 0;

    public double Best => Scores.Length == 0 ? 0 : Scores.Max();
}
