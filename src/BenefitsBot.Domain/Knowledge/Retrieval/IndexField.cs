namespace BenefitsBot.Domain.Knowledge.Retrieval;

/// <summary>The fields of an entry's document in one language's index, with their BM25F weights.</summary>
internal enum IndexField
{
    /// <summary>The question (or heading) in the index language, or its lexicon translation.</summary>
    Question,

    /// <summary>The answer in the index language, or its lexicon translation.</summary>
    Answer,

    /// <summary>The English question read with this language's analyzer (product names, code-mixed questions).</summary>
    EnglishQuestion,

    /// <summary>The English answer read with this language's analyzer.</summary>
    EnglishAnswer,

    /// <summary>Authored alternate phrasings of the question in the index language (question-like: counts toward question coverage).</summary>
    Alternate,
}
