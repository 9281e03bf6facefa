using BenefitsBot.Domain.Dates;
using BenefitsBot.Domain.Rules;

namespace BenefitsBot.Domain.Tests.Rules;

/// <summary>A question read as the bot reads it: the real recognizer's mentions, then the interpreter, on a given day.</summary>
internal static class InterpretedQuestion
{
    private static readonly DateRecognizer Recognizer = new();
    private static readonly RuleQuestionInterpreter Interpreter = new();

    public static RuleQuestion Of(string language, string text, DateOnly today)
    {
        var question = Interpreter.Interpret(text, language, Recognizer.Recognize(text, language, today), today);
        Assert.NotNull(question);
        return question;
    }
}
