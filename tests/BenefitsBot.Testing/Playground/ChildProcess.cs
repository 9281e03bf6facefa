using System.Diagnostics;

namespace BenefitsBot.Testing.Playground;

/// <summary>A child process (a bot, the Playground) whose output is drained into a short tail for error messages, killed with its tree on dispose.</summary>
public sealed class ChildProcess : IAsyncDisposable
{
    private const int TailLines = 60;
    private readonly Process process;
    private readonly Queue<string> tail = new();
    private readonly List<(string Marker, TaskCompletionSource<string> Seen)> watches = [];

    private ChildProcess(Process process, long startTimestamp)
    {
        this.process = process;
        StartTimestamp = startTimestamp;
    }

    public int Id => process.Id;

    /// <summary><see cref="Stopwatch.GetTimestamp"/> taken just before the process was started.</summary>
    public long StartTimestamp { get; }

    public bool HasExited => process.HasExited;

    /// <summary>The exit code, once <see cref="HasExited"/>.</summary>
    public int ExitCode => process.ExitCode;

    /// <summary>Waits for the process to end on its own (and for its output to be read); false when it still runs after <paramref name="timeout"/>.</summary>
    public async Task<bool> WaitForExitAsync(TimeSpan timeout)
    {
        using var wait = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(wait.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public static ChildProcess Start(string fileName, IEnumerable<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string?> environment)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = new Process { StartInfo = start };
        var startTimestamp = Stopwatch.GetTimestamp();
        var child = new ChildProcess(process, startTimestamp);
        process.OutputDataReceived += (_, e) => child.OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => child.OnLine(e.Data);
        if (!process.Start())
        {
            throw new InvalidOperationException($"{fileName} did not start.");
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>The last lines the process printed (stdout and stderr interleaved).</summary>
    public string OutputTail()
    {
        lock (tail)
        {
            return string.Join('\n', tail);
        }
    }

    /// <summary>Completes with the first output line containing <paramref name="marker"/>, including lines still in the tail.</summary>
    public Task<string> WaitForOutputAsync(string marker)
    {
        var seen = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (tail)
        {
            var printed = tail.FirstOrDefault(line => line.Contains(marker, StringComparison.Ordinal));
            if (printed is not null)
            {
                seen.SetResult(printed);
            }
            else
            {
                watches.Add((marker, seen));
            }
        }

        return seen.Task;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await process.WaitForExitAsync(timeout.Token);
        }

        process.Dispose();
    }

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (tail)
        {
            tail.Enqueue(line);
            if (tail.Count > TailLines)
            {
                tail.Dequeue();
            }

            foreach (var watch in watches.Where(w => line.Contains(w.Marker, StringComparison.Ordinal)).ToList())
            {
                watch.Seen.TrySetResult(line);
                watches.Remove(watch);
            }
        }
    }
}
