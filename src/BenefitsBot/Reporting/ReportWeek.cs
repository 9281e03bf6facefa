namespace BenefitsBot.Reporting;

/// <summary>One week of the report's chart, from <see cref="Start"/> for seven days.</summary>
/// <param name="Answered">Answered from the articles or by a date rule.</param>
/// <param name="Clarified">Asked back (which question, which date).</param>
public sealed record ReportWeek(DateOnly Start, int Answered, int Clarified, int Unanswered, int NudgesSent, int NudgesFailed);
