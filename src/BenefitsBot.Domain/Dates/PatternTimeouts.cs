using System.Text.RegularExpressions;

namespace BenefitsBot.Domain.Dates;

/// <summary>
/// Every pattern has a timeout. A pattern's first match on a busy machine can reach it while the pattern warms up, so a text gets
/// a second try; a text that reaches it twice gets the fallback.
/// </summary>
internal static class PatternTimeouts
{
    public static T RetryOnce<T>(Func<T> run, Func<T> fallback)
    {
        try
        {
            return run();
        }
        catch (RegexMatchTimeoutException)
        {
        }

        try
        {
            return run();
        }
        catch (RegexMatchTimeoutException)
        {
            return fallback();
        }
    }
}
