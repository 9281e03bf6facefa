using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace BenefitsBot.Storage.Tenants;

/// <summary>Azure monthly or bulk credit and the Entra users (object ids, guests included) it is assigned to.</summary>
public sealed record AzureCredit(
    string CreditId,
    string? MembershipOfferId,
    AzureCreditKind Kind,
    decimal? AmountUsd,
    IReadOnlyList<string> UserObjectIds) : ITenantRecord<AzureCredit>
{
    public static string RecordKind => "azure-credit";

    public static JsonTypeInfo<AzureCredit> JsonType => TenantRecordJsonContext.Default.AzureCredit;

    [JsonIgnore]
    public string RecordId => CreditId;
}
