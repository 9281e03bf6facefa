namespace BenefitsBot.Domain.Knowledge.Retrieval;

/// <summary>
/// A question scored against one language's index: normalized scores per entry (0..1) and the out-of-scope topics it names;
/// per entry, how many of the question's distinct words it contains (<paramref name="ExplainedWords"/>), and how many of them
/// no entry contains (<paramref name="UnknownWords"/>; <paramref name="UnknownShare"/>: their share, a Chinese character pair
/// counting less than a word).
/// </summary>
internal sealed record ScoredQuery(
    string Language, double[] Scores, IReadOnlySet<string> OutOfScopeTopics, int ContentTerms, int[] ExplainedWords, int UnknownWords, double UnknownShare)
{
    public bool OutOfScope => OutOfScopeTopics.Count > 0;

    public double Best => Scores.Length == 0 ? 0 : Scores.Max();
}
