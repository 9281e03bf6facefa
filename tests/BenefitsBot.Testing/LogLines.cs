using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace BenefitsBot.Testing;

/// <summary>Collects formatted log lines, <c>category level message exception</c> (an output sink, not a stand-in for any collaborator).</summary>
public sealed class LogLines : ILoggerProvider
{
    private readonly ConcurrentQueue<string> lines = new();

    public IReadOnlyList<string> Lines => [.. lines];

    public ILogger CreateLogger(string categoryName) => new Category(lines, categoryName);

    public void Dispose()
    {
    }

    private sealed class Category(ConcurrentQueue<string> lines, string name) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue($"{name} {logLevel} {formatter(state, exception)} {exception}");
    }
}
