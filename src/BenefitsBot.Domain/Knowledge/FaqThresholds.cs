namespace BenefitsBot.Domain.Knowledge;

/// <summary>
/// Decision thresholds on the calibrated score (share of the question's term weight an entry matches, 0..1).
/// <paramref name="Answer"/>: answer at or above; <paramref name="Clarify"/>: offer choices at or above;
/// <paramref name="CloseCall"/>: a runner-up at this share of the best score or more makes it a close call;
/// <paramref name="SureAnswer"/>: answer at or above whatever the runner-up; <paramref name="Dominance"/>: a best score at or above
/// <paramref name="Clarify"/> that is this many times the runner-up's is answered (a clear winner on a short or oddly worded question).
/// </summary>
public sealed record FaqThresholds(double Answer = 0.30, double Clarify = 0.28, double CloseCall = 0.98, double SureAnswer = 0.50, double Dominance = 1.6)
{
    public static FaqThresholds Default { get; } = new();
}
