namespace BenefitsBot.Storage;

/// <summary>
/// A store's one-time setup (create the file or schema, migrate), run on first use. Callers at the same time share one
/// attempt; a failed attempt is not kept, so the next use tries again and the bot recovers on its own once the database is
/// back (no restart).
/// </summary>
public sealed class StoreSetup(Func<CancellationToken, Task> setup)
{
    private readonly Lock sync = new();
    private Task? attempt;

    /// <summary>Completes when the setup has succeeded; throws what the current attempt threw.</summary>
    public Task EnsureAsync(CancellationToken cancellationToken)
    {
        Task current;
        lock (sync)
        {
            if (attempt is null || attempt.IsFaulted || attempt.IsCanceled)
            {
                // Not the caller's token: one caller giving up must not fail the attempt the others wait for.
                attempt = Task.Run(() => setup(CancellationToken.None), CancellationToken.None);
            }

            current = attempt;
        }

        return current.IsCompletedSuccessfully ? Task.CompletedTask : current.WaitAsync(cancellationToken);
    }
}
