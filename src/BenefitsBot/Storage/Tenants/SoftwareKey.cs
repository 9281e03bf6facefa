using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace BenefitsBot.Storage.Tenants;

/// <summary>An on-premises software product key granted by a membership offer.</summary>
public sealed record SoftwareKey(
    string KeyId,
    string? MembershipOfferId,
    string Product,
    string Language,
    string OperatingSystem,
    DateTimeOffset? RedeemedAt) : ITenantRecord<SoftwareKey>
{
    public static string RecordKind => "software-key";

    public static JsonTypeInfo<SoftwareKey> JsonType => TenantRecordJsonContext.Default.SoftwareKey;

    [JsonIgnore]
    public string RecordId => KeyId;
}
