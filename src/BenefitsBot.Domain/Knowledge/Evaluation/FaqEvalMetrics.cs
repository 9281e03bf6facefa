namespace BenefitsBot.Domain.Knowledge.Evaluation;

/// <summary>
/// Figures for one language (or all), over answerable questions unless said: top-1 = answered with an accepted entry; one-click =
/// answered right, or an accepted entry among the choices offered; false none = refused; wrong = answered with another entry;
/// none recall = "not covered" questions refused (over those); clarify rate over all questions.
/// </summary>
public sealed record FaqEvalMetrics(string Language, int Questions, int Answerable, double Top1, double OneClick, double NoneRecall, double FalseNone, double WrongAnswer, double ClarifyRate);
