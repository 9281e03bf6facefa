using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace BenefitsBot.Storage.Tenants;

/// <summary>A Go-To-Market offer; it can be activated only once the tenant has a <see cref="MarketingContact"/>.</summary>
public sealed record GoToMarketOffer(
    string OfferId,
    string? MembershipOfferId,
    string Name,
    DateTimeOffset? ActivatedAt) : ITenantRecord<GoToMarketOffer>
{
    public static string RecordKind => "go-to-market-offer";

    public static JsonTypeInfo<GoToMarketOffer> JsonType => TenantRecordJsonContext.Default.GoToMarketOffer;

    [JsonIgnore]
    public string RecordId => OfferId;
}
