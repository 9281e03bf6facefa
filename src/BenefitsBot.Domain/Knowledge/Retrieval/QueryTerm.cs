namespace BenefitsBot.Domain.Knowledge.Retrieval;

/// <summary>An index term a question asks for, and how much it counts (less for a typo or inflection guess).</summary>
internal readonly record struct QueryTerm(string Term, double Weight);
