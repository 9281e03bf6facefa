namespace BenefitsBot.Domain.Rules;

/// <summary>A rule applied to one situation: the date it counts from, what that date marks, and the facts that decide a yes/no.</summary>
public sealed record RuleCase(RuleKind Kind, DateOnly Anchor, DateRole AnchorRole, RuleFacts Facts);
