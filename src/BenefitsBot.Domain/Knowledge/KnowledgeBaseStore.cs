namespace BenefitsBot.Domain.Knowledge;

/// <summary>Holds the knowledge base in use; an import swaps it only when the whole folder loads, so a bad file leaves the current one intact.</summary>
public sealed class KnowledgeBaseStore(KnowledgeBase initial)
{
    private KnowledgeBase current = initial;

    public KnowledgeBase Current => Volatile.Read(ref current);

    public KnowledgeBaseLoadResult Import(string folder)
    {
        var result = KnowledgeBase.TryLoad(folder);
        if (result.KnowledgeBase is not null)
        {
            Volatile.Write(ref current, result.KnowledgeBase);
        }

        return result;
    }
}
