using System.Globalization;

namespace BenefitsBot.Benchmarks.Messages;

/// <summary>Peak resident memory of a process from <c>/proc/&lt;pid&gt;/status</c> (VmHWM), resettable per level (Linux).</summary>
internal static class PeakMemory
{
    /// <summary>Writing 5 to clear_refs resets VmHWM to the current RSS; returns false where that is not allowed.</summary>
    public static bool TryReset(int pid)
    {
        try
        {
            File.WriteAllText($"/proc/{pid}/clear_refs", "5");
            return true;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    public static double? ReadMegabytes(int pid)
    {
        var path = $"/proc/{pid}/status";
        if (!File.Exists(path))
        {
            return null;
        }

        var line = File.ReadLines(path).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        var kilobytes = line?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        return kilobytes is null ? null : double.Parse(kilobytes, CultureInfo.InvariantCulture) / 1024;
    }
}
