namespace BenefitsBot.Knowledge;

/// <summary>The knowledge bases this instance keeps (configuration section <c>Knowledge</c>).</summary>
public sealed class KnowledgeOptions
{
    public const string SectionName = "Knowledge";

    /// <summary>
    /// Answerers kept for tenants with their own content; the least recently used goes first. Each indexes the whole knowledge
    /// base: about 4.5 MB over the shipped articles, and half a second to build again.
    /// </summary>
    public int TenantAnswerers { get; set; } = 32;

    /// <summary>
    /// How long a question waits for the tenant's content version from the store. Slower or failing, the question is answered
    /// from what this instance has (the tenant's last answerer, else the shared articles): the store never costs an answer.
    /// </summary>
    public TimeSpan StoreWait { get; set; } = TimeSpan.FromSeconds(2);
}
