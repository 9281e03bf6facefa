using System.Diagnostics;

namespace BenefitsBot.Benchmarks.Nudges;

/// <summary>The most calls that arrived within any span of a given length (a sliding window over arrival times).</summary>
internal static class RateWindow
{
    public static int MaxInAnySpan(IEnumerable<long> timestamps, TimeSpan span)
    {
        var sorted = timestamps.Order().ToArray();
        var ticks = (long)(span.TotalSeconds * Stopwatch.Frequency);
        int best = 0, start = 0;
        for (var end = 0; end < sorted.Length; end++)
        {
            while (sorted[end] - sorted[start] >= ticks)
            {
                start++;
            }

            best = Math.Max(best, end - start + 1);
        }

        return best;
    }

    /// <summary>Calls per second from the first to the last arrival (0 for fewer than two calls).</summary>
    public static double SustainedRate(IReadOnlyCollection<long> timestamps)
    {
        if (timestamps.Count < 2)
        {
            return 0;
        }

        var seconds = (timestamps.Max() - timestamps.Min()) / (double)Stopwatch.Frequency;
        return seconds > 0 ? (timestamps.Count - 1) / seconds : 0;
    }
}
