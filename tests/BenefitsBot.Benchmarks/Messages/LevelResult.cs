namespace BenefitsBot.Benchmarks.Messages;

/// <summary>Figures for one bot at one concurrency level (warm-up excluded).</summary>
internal sealed record LevelResult(int Concurrency, int Turns, int Errors, double Seconds, double P50Ms, double P99Ms, double? PeakMemoryMb)
{
    public double TurnsPerSecond => Seconds > 0 ? Turns / Seconds : 0;

    public static LevelResult From(int concurrency, IReadOnlyList<double> latencies, int errors, double seconds, double? peakMemoryMb)
    {
        var sorted = latencies.Order().ToArray();
        return new LevelResult(concurrency, sorted.Length, errors, seconds, Percentile(sorted, 0.50), Percentile(sorted, 0.99), peakMemoryMb);
    }

    /// <summary>Nearest-rank percentile.</summary>
    private static double Percentile(double[] sorted, double fraction) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Length) - 1, 0, sorted.Length - 1)];
}
