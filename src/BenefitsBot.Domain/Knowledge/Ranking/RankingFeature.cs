namespace BenefitsBot.Domain.Knowledge.Ranking;

/// <summary>The evidence that a question asks for an entry, each 0..1; the ranker weighs them (<see cref="RankerWeights"/>).</summary>
public enum RankingFeature
{
    /// <summary>Cosine of the question with the entry's closest phrasing (its question or an alternate) in the question's language.</summary>
    NearestPhrasing,

    /// <summary>Cosine with the entry's second closest phrasing: several phrasings agreeing is stronger evidence than one.</summary>
    SecondPhrasing,

    /// <summary>BM25 of the question against all the entry's phrasings together, over its ceiling.</summary>
    AllPhrasings,

    /// <summary>BM25 against the entry's answer in the question's language, over its ceiling.</summary>
    Answer,

    /// <summary>BM25 of the question analyzed as English against the entry's English question and answer (product names, English words in other languages).</summary>
    English,

    /// <summary>Character-trigram cosine with the entry's closest phrasing (typos, compounds written apart or together).</summary>
    Subword,

    /// <summary>Share of the question's term weight found anywhere in the entry's texts.</summary>
    Coverage,

    /// <summary>The entry's share of the cosine mass of the question's ten nearest phrasings over all entries (a nearest-neighbour vote).</summary>
    NeighbourVote,

    /// <summary>The entry's posterior under a naive Bayes classifier of the phrasings' words.</summary>
    Bayes,
}
