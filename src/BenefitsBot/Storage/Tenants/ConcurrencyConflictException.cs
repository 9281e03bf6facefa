namespace BenefitsBot.Storage.Tenants;

/// <summary>
/// Someone else changed the record first (update or delete with a stale version, or the record is gone),
/// or created it first (insert of an id that exists). Reload and retry.
/// </summary>
public sealed class ConcurrencyConflictException : Exception
{
    public ConcurrencyConflictException()
    {
    }

    public ConcurrencyConflictException(string message)
        : base(message)
    {
    }

    public ConcurrencyConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ConcurrencyConflictException(string kind, string recordId, long expectedVersion)
        : base(expectedVersion == 0
            ? $"The {kind} record '{recordId}' already exists."
            : $"The {kind} record '{recordId}' is no longer at version {expectedVersion}.")
    {
        Kind = kind;
        RecordId = recordId;
        ExpectedVersion = expectedVersion;
    }

    public string? Kind { get; }

    public string? RecordId { get; }

    /// <summary>The version the caller expected; 0 for an insert.</summary>
    public long ExpectedVersion { get; }
}
