using System.Text.RegularExpressions;

namespace BenefitsBot.Domain.Rules;

/// <summary>A phrase that points to a rule kind, with how strongly.</summary>
public sealed record KindCue(Regex Pattern, RuleKind Kind, int Weight);
