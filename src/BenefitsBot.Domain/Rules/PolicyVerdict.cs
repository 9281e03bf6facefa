namespace BenefitsBot.Domain.Rules;

/// <summary>A yes/no answer of a policy rule, with the policy it applies and where it is written.</summary>
/// <param name="Policy">The policy statement applied (its text is in the language tables).</param>
/// <param name="Allowed">Whether the asked action is allowed.</param>
/// <param name="Citation">The article section.</param>
public sealed record PolicyVerdict(RuleMessage Policy, bool Allowed, ArticleCitation Citation)
{
    /// <summary>The policy statement in <paramref name="language"/> (en, sv, nl, zh-TW).</summary>
    public string Explain(string language) => RuleTexts.Format(language, Policy);
}
