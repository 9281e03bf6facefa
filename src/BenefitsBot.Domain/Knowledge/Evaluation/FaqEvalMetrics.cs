namespace BenefitsBot.Domain.Knowledge.Evaluation;

/// <summary>
/// Figures for one language (or all): top-1 = answered with an accepted entry, over answerable questions; lenient top-1 also counts
/// a clarify whose first suggestion is accepted; none recall = "not covered" questions refused; false none = answerable refused;
/// clarify rate over all questions.
/// </summary>
public sealed record FaqEvalMetrics(string Language, int Questions, int Answerable, double Top1, double Top1Lenient, double NoneRecall, double FalseNone, double ClarifyRate);
