using System.Text.Json.Serialization.Metadata;

namespace BenefitsBot.Storage.Tenants;

/// <summary>A record kept per tenant in <see cref="ITenantRecordStore"/>; the type names its kind and how it is serialized.</summary>
/// <typeparam name="TSelf">The record type itself.</typeparam>
public interface ITenantRecord<TSelf>
    where TSelf : ITenantRecord<TSelf>
{
    /// <summary>The kind stored with each row, e.g. <c>membership-offer</c>; never change it once data exists.</summary>
    static abstract string RecordKind { get; }

    /// <summary>Source-generated JSON metadata (no reflection at run time).</summary>
    static abstract JsonTypeInfo<TSelf> JsonType { get; }

    /// <summary>Unique within the tenant and kind.</summary>
    string RecordId { get; }
}
