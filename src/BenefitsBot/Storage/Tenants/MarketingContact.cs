using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace BenefitsBot.Storage.Tenants;

/// <summary>The company's marketing contact for Go-To-Market offers; one per tenant, under <see cref="SingleId"/>.</summary>
public sealed record MarketingContact(string Name, string Email, string? EntraObjectId) : ITenantRecord<MarketingContact>
{
    public const string SingleId = "marketing-contact";

    public static string RecordKind => "marketing-contact";

    public static JsonTypeInfo<MarketingContact> JsonType => TenantRecordJsonContext.Default.MarketingContact;

    [JsonIgnore]
    public string RecordId => SingleId;
}
