using BenefitsBot.Domain.Dates;

namespace BenefitsBot.Domain.Tests.Dates;

/// <summary>Runs the recognizer on a phrase and describes its mentions as "text=kind value" for compact test expectations.</summary>
internal static class RecognizerAssert
{
    public static readonly DateOnly EvalReference = new(2026, 11, 22);

    private static readonly DateRecognizer Recognizer = new();

    public static string Describe(string text, string language, DateOnly? reference = null) =>
        string.Join("; ", Recognizer.Recognize(text, language, reference ?? EvalReference).Select(m => $"{text.Substring(m.Start, m.Length)}={SpecJudge.Describe(m)}"));
}
