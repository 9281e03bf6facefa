using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace BenefitsBot.Storage.Tenants;

/// <summary>A membership offer the partner bought (Action Pack, Learning Action Pack, a Silver or Gold competency).</summary>
/// <param name="CompetencyArea">For competencies, e.g. "Cloud Platform"; null for the packs.</param>
public sealed record MembershipOffer(
    string OfferId,
    MembershipOfferKind Kind,
    string? CompetencyArea,
    DateOnly PurchaseDate,
    DateOnly Anniversary,
    MembershipOfferStatus Status,
    DateOnly? RenewedAt) : ITenantRecord<MembershipOffer>
{
    public static string RecordKind => "membership-offer";

    public static JsonTypeInfo<MembershipOffer> JsonType => TenantRecordJsonContext.Default.MembershipOffer;

    [JsonIgnore]
    public string RecordId => OfferId;
}
