using System.Text.Json.Serialization;

namespace BenefitsBot.Storage.Tenants;

/// <summary>JSON for the stored records: camelCase, enums as names so rows stay readable and survive enum reordering.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true)]
[JsonSerializable(typeof(MembershipOffer))]
[JsonSerializable(typeof(SoftwareKey))]
[JsonSerializable(typeof(CloudSubscription))]
[JsonSerializable(typeof(AzureCredit))]
[JsonSerializable(typeof(VisualStudioSubscription))]
[JsonSerializable(typeof(TechnicalBenefit))]
[JsonSerializable(typeof(GoToMarketOffer))]
[JsonSerializable(typeof(MarketingContact))]
[JsonSerializable(typeof(Redemption))]
[JsonSerializable(typeof(DialogState))]
internal sealed partial class TenantRecordJsonContext : JsonSerializerContext;
