namespace BenefitsBot.Domain.Knowledge.Ranking;

/// <summary>An entry's analyzed text in one language: its phrasings (question, alternates), each a list of terms, and its answer.</summary>
internal sealed record EntryDocuments(IReadOnlyList<IReadOnlyList<string>> Phrasings, IReadOnlyList<string> Answer);
