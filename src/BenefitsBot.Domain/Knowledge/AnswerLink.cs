namespace BenefitsBot.Domain.Knowledge;

/// <summary>A link inside an answer; relative article links are already absolute published addresses.</summary>
public sealed record AnswerLink(string Text, Uri Url);
