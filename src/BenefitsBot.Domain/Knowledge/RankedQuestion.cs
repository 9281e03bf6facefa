using BenefitsBot.Domain.Knowledge.Ranking;

namespace BenefitsBot.Domain.Knowledge;

/// <summary>A question ranked but not yet decided: its language, every entry's score and its text (cross-validation decides it many times).</summary>
internal sealed record RankedQuestion(string Language, EntryRanking Ranking, string Text);
