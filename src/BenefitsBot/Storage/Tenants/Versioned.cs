namespace BenefitsBot.Storage.Tenants;

/// <summary>A stored record with the version to pass back to <see cref="ITenantRecordStore.UpdateAsync"/>; versions start at 1.</summary>
public sealed record Versioned<T>(T Value, long Version);
