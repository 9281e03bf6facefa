using BenefitsBot.Domain.Knowledge;

namespace BenefitsBot.Knowledge;

/// <summary>Reloads the knowledge base when <c>kb import</c> (or an admin) changes the article folder: no restart, no redeploy. A failed reload keeps the one in use.</summary>
public sealed partial class KnowledgeBaseWatcher(ArticleLibrary library, KnowledgeBaseStore store, ILogger<KnowledgeBaseWatcher> logger) : BackgroundService
{
    private static readonly TimeSpan Debounce = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var changed = new SemaphoreSlim(0);
        Directory.CreateDirectory(library.ImportedFolder);
        using var watcher = new FileSystemWatcher(library.ImportedFolder, "*.md") { IncludeSubdirectories = false };
        FileSystemEventHandler onChange = (_, _) => changed.Release();
        watcher.Changed += onChange;
        watcher.Created += onChange;
        watcher.Deleted += onChange;
        watcher.Renamed += (_, _) => changed.Release();
        watcher.EnableRaisingEvents = true;
        while (!stoppingToken.IsCancellationRequested)
        {
            await changed.WaitAsync(stoppingToken);
            await Task.Delay(Debounce, stoppingToken);
            while (changed.CurrentCount > 0)
            {
                await changed.WaitAsync(stoppingToken);
            }

            Reload();
        }
    }

    private void Reload()
    {
        var result = library.ReloadInto(store);
        if (result.KnowledgeBase is { } loaded)
        {
            LogReloaded(logger, loaded.Entries.Count);
            return;
        }

        foreach (var error in result.Errors)
        {
            LogRejected(logger, error.FilePath, error.LineNumber, error.Reason);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Knowledge base reloaded: {EntryCount} entries")]
    private static partial void LogReloaded(ILogger logger, int entryCount);

    [LoggerMessage(Level = LogLevel.Error, Message = "Knowledge base reload rejected, the one in use stays: {File}({Line}): {Reason}")]
    private static partial void LogRejected(ILogger logger, string file, int line, string reason);
}
