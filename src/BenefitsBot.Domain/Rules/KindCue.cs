using System.Text.RegularExpressions;

namespace BenefitsBot.Domain.Rules;

/// <summary>A phrase that points to a rule kind, with how strongly.</summary>
/// <param name="Premise">
/// The phrase tells a premise the rule shares with another (not renewed, not paid, paying: both the renewal window and the
/// grace period start from it), not the rule itself.
/// </param>
public sealed record KindCue(Regex Pattern, RuleKind Kind, int Weight, bool Premise = false);
