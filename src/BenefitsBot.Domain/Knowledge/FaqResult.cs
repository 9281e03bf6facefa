namespace BenefitsBot.Domain.Knowledge;

/// <summary>
/// The answerer's verdict on one question. <see cref="Entry"/> is set for <see cref="FaqResultKind.Answer"/> (and is the best guess for
/// <see cref="FaqResultKind.Clarify"/>); <see cref="Suggestions"/> lists the choices offered (up to three), best first.
/// </summary>
public sealed record FaqResult(
    FaqResultKind Kind,
    FaqEntry? Entry,
    double Score,
    string QuestionLanguage,
    string AnswerLanguage,
    IReadOnlyList<FaqSuggestion> Suggestions)
{
    /// <summary>The best five entries with their probabilities, whatever was decided (the command line shows them, so a person can see why).</summary>
    public IReadOnlyList<FaqSuggestion> Candidates { get; init; } = [];

    /// <summary>True when the articles lack the question's language and the answer comes in another (say so to the user).</summary>
    public bool IsAnswerInOtherLanguage => AnswerLanguage != QuestionLanguage;
}
