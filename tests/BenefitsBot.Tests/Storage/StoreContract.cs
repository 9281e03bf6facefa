namespace BenefitsBot.Tests.Storage;

/// <summary>A contract test class with a fresh <see cref="StoreBackend"/> per test; subclasses pick SQLite or PostgreSQL.</summary>
public abstract class StoreContract : IAsyncLifetime
{
    protected StoreBackend Backend { get; private set; } = null!;

    public async Task InitializeAsync() => Backend = await CreateBackendAsync();

    public async Task DisposeAsync() => await Backend.DisposeAsync();

    protected abstract Task<StoreBackend> CreateBackendAsync();
}
