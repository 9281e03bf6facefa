using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace BenefitsBot.Storage.Tenants;

/// <summary>One redemption of a benefit by an admin.</summary>
/// <param name="BenefitKind">The <c>RecordKind</c> of the redeemed item, e.g. <c>software-key</c>.</param>
/// <param name="ActorObjectId">The admin's Entra object id.</param>
public sealed record Redemption(
    string RedemptionId,
    string BenefitKind,
    string BenefitId,
    string ActorObjectId,
    DateTimeOffset RedeemedAt,
    RedemptionStatus Status,
    string? Detail) : ITenantRecord<Redemption>
{
    public static string RecordKind => "redemption";

    public static JsonTypeInfo<Redemption> JsonType => TenantRecordJsonContext.Default.Redemption;

    [JsonIgnore]
    public string RecordId => RedemptionId;
}
