namespace BenefitsBot.Domain.Knowledge;

/// <summary>
/// Decision thresholds on the calibrated score (share of the question's term weight an entry matches, 0..1).
/// <paramref name="Answer"/>: answer at or above; <paramref name="Clarify"/>: offer choices at or above;
/// <paramref name="CloseCall"/>: a runner-up at this share of the best score or more makes it a close call;
/// <paramref name="SureAnswer"/>: answer at or above whatever the runner-up; <paramref name="Dominance"/>: a best score at or above
/// <paramref name="Clarify"/> that is this many times the runner-up's is answered (a clear winner on a short or oddly worded question);
/// <paramref name="ExplainedWords"/>: when the question has a word no entry uses, the best entry must contain at least this many
/// of its words, else nothing is answered (one shared word, "tenant", is not a match for the question);
/// <paramref name="UnknownShare"/>: a question with more than this share of words no entry uses is mostly about something else,
/// and is answered only at <paramref name="UnfamiliarAnswer"/> or above.
/// </summary>
public sealed record FaqThresholds(
    double Answer = 0.30, double Clarify = 0.28, double CloseCall = 0.98, double SureAnswer = 0.50, double Dominance = 1.6,
    int ExplainedWords = 2, double UnknownShare = 0.4, double UnfamiliarAnswer = 0.45)
{
    public static FaqThresholds Default { get; } = new();
}
