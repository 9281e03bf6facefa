using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace BenefitsBot.Storage.Tenants;

/// <summary>A technical benefit (support incidents, advisory hours); activation records the Access ID and Contract ID.</summary>
public sealed record TechnicalBenefit(
    string BenefitId,
    string? MembershipOfferId,
    string Name,
    string? AccessId,
    string? ContractId,
    DateTimeOffset? ActivatedAt) : ITenantRecord<TechnicalBenefit>
{
    public static string RecordKind => "technical-benefit";

    public static JsonTypeInfo<TechnicalBenefit> JsonType => TenantRecordJsonContext.Default.TechnicalBenefit;

    [JsonIgnore]
    public string RecordId => BenefitId;
}
