namespace BenefitsBot.Domain.Knowledge.Ranking;

/// <summary>
/// One question's features for every entry (indexed by <see cref="RankingFeature"/>, then entry), and how many of its content words
/// are unknown to the knowledge base in every form (a question mostly about something else).
/// </summary>
internal sealed record QueryFeatures(string Language, double[][] Values, int ContentWords, int UnknownWords)
{
    public double UnknownShare => ContentWords == 0 ? 1 : (double)UnknownWords / ContentWords;

    public double Value(RankingFeature feature, int entry) => Values[(int)feature][entry];
}
