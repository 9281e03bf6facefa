using System.Collections.Concurrent;
using BenefitsBot.Testing.Turns;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace BenefitsBot.Tests.Hosting;

/// <summary>The turn's logging scope as a console logger prints it: the conversation and activity ids, not a type name.</summary>
public sealed class LogScopeTests : IAsyncLifetime
{
    private readonly BotApp app = new();
    private readonly ConcurrentQueue<string> scopes = new();

    public Task InitializeAsync()
    {
        app.ConfigureHost = web => web.ConfigureLogging(logging => logging.AddProvider(new ScopeRecorder(scopes)));
        return app.InitializeAsync();
    }

    public Task DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task Turn_ScopeAsText_NamesConversationAndActivity()
    {
        var message = TeamsActivities.PersonalMessage(app.Harness.ServiceUrl, "hi", conversationId: "a:scope-" + Guid.NewGuid().ToString("N"));

        await app.Harness.AskAsync(message);

        Assert.Contains(scopes, t => t.Contains(message.Conversation!.Id!, StringComparison.Ordinal) && t.Contains(message.Id!, StringComparison.Ordinal));
        Assert.DoesNotContain(scopes, t => t.Contains("System.Collections", StringComparison.Ordinal));
    }

    /// <summary>Records each scope as the simple console formatter writes it (its ToString()).</summary>
    private sealed class ScopeRecorder(ConcurrentQueue<string> texts) : ILoggerProvider, ILogger
    {
        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull
        {
            texts.Enqueue(state.ToString() ?? string.Empty);
            return null;
        }

        public bool IsEnabled(LogLevel logLevel) => false;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
        }

        public void Dispose()
        {
        }
    }
}
