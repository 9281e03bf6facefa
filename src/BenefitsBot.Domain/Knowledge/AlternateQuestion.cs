namespace BenefitsBot.Domain.Knowledge;

/// <summary>One alternate phrasing of an entry's question, in one language (an author's, or one a tenant's admin accepted).</summary>
public sealed record AlternateQuestion(string EntryId, string Language, string Text);
