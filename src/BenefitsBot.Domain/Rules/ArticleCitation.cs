namespace BenefitsBot.Domain.Rules;

/// <summary>Where a rule comes from: the seed article file, its English title, and the section (heading text and anchor).</summary>
/// <param name="Seed">Seed file name without extension, e.g. <c>003_b1eb9af574efa9f1</c>.</param>
/// <param name="Article">English article title.</param>
/// <param name="Section">English section heading or question.</param>
/// <param name="Anchor">The <c>&lt;a name&gt;</c> anchor of the section in the article.</param>
public sealed record ArticleCitation(string Seed, string Article, string Section, string Anchor);
