using BenefitsBot.Domain.Knowledge;

namespace BenefitsBot.Knowledge;

/// <summary>
/// Reloads the knowledge base when <c>kb import</c> (or an admin) changes the article folder: no restart, no redeploy. A failed
/// reload keeps the one in use. When the imported-articles folder cannot be made or watched (an unwritable data folder, a file in
/// its place) the shipped articles answer, the reason is logged, and the watcher tries again later instead of stopping the host.
/// </summary>
public sealed partial class KnowledgeBaseWatcher(ArticleLibrary library, KnowledgeBaseStore store, TimeProvider time, ILogger<KnowledgeBaseWatcher> logger) : BackgroundService
{
    private static readonly TimeSpan Debounce = TimeSpan.FromSeconds(1);

    /// <summary>How long to wait before trying again to watch a folder that could not be made or watched.</summary>
    public static readonly TimeSpan RetryInterval = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failed = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await WatchAsync(reloadFirst: failed, stoppingToken);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
            {
                failed = true;
                LogCannotWatch(logger, library.ImportedFolder, RetryInterval.TotalSeconds, ex.Message);
                await Task.Delay(RetryInterval, time, stoppingToken);
            }
        }
    }

    /// <param name="reloadFirst">Articles may have been added while the folder could not be watched.</param>
    private async Task WatchAsync(bool reloadFirst, CancellationToken stoppingToken)
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
        if (reloadFirst)
        {
            Reload();
        }

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

    [LoggerMessage(Level = LogLevel.Error, Message = "Cannot watch the imported-articles folder {Folder} (trying again in {Seconds} s; the shipped and already loaded articles answer meanwhile): {Reason}")]
    private static partial void LogCannotWatch(ILogger logger, string folder, double seconds, string reason);
}
