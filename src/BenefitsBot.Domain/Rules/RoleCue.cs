using System.Text.RegularExpressions;

namespace BenefitsBot.Domain.Rules;

/// <summary>A phrase that says what event a nearby date marks.</summary>
public sealed record RoleCue(Regex Pattern, DateRole Role);
