namespace BenefitsBot.Storage;

/// <summary>Whether the configured store can be used now, for the readiness endpoint.</summary>
public interface IStoreProbe
{
    /// <summary>Completes when the store is set up and accepts a write transaction; throws why not otherwise.</summary>
    Task CheckAsync(CancellationToken cancellationToken);
}
