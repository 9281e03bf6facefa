namespace BenefitsBot.Benchmarks.Messages;

/// <summary>
/// The text of a long message: a date question repeated to the size asked for, so that every part of the turn (mention removal,
/// language detection, date recognition, rule interpretation, FAQ) has the most to read. One KB here is 1,024 characters.
/// </summary>
internal static class LongText
{
    private const string Question = "we bought the action pack on 1 sept 2020, when can we renew it? ";

    public static string Of(int kilobytes) =>
        string.Concat(Enumerable.Repeat(Question, (kilobytes * 1024 / Question.Length) + 1))[..(kilobytes * 1024)];
}
