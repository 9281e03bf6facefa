using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace BenefitsBot.Storage.Tenants;

/// <summary>A license-based cloud subscription (e.g. Microsoft 365); its key redeems once, into one tenant.</summary>
public sealed record CloudSubscription(
    string SubscriptionId,
    string? MembershipOfferId,
    string Product,
    int Seats,
    DateTimeOffset? KeyRedeemedAt) : ITenantRecord<CloudSubscription>
{
    public static string RecordKind => "cloud-subscription";

    public static JsonTypeInfo<CloudSubscription> JsonType => TenantRecordJsonContext.Default.CloudSubscription;

    [JsonIgnore]
    public string RecordId => SubscriptionId;
}
