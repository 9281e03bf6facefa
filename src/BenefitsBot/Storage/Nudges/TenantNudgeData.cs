using System.Text.Json;
using BenefitsBot.Storage.Tenants;

namespace BenefitsBot.Storage.Nudges;

/// <summary>Everything the nudge planner reads about one tenant, loaded in one pass over <c>tenant_records</c>.</summary>
public sealed class TenantNudgeData(string tenantId)
{
    /// <summary>The record kinds the planner reads.</summary>
    public static readonly IReadOnlyList<string> Kinds =
    [
        MembershipOffer.RecordKind, VisualStudioSubscription.RecordKind, AzureCredit.RecordKind, SoftwareKey.RecordKind,
        CloudSubscription.RecordKind, TechnicalBenefit.RecordKind, GoToMarketOffer.RecordKind, NudgeSettings.RecordKind,
        TeamRegistration.RecordKind,
    ];

    public string TenantId { get; } = tenantId;

    public List<MembershipOffer> Offers { get; } = [];

    public List<VisualStudioSubscription> VisualStudioSubscriptions { get; } = [];

    public List<AzureCredit> AzureCredits { get; } = [];

    public List<SoftwareKey> SoftwareKeys { get; } = [];

    public List<CloudSubscription> CloudSubscriptions { get; } = [];

    public List<TechnicalBenefit> TechnicalBenefits { get; } = [];

    public List<GoToMarketOffer> GoToMarketOffers { get; } = [];

    public List<TeamRegistration> Teams { get; } = [];

    /// <summary>The stored settings with their version, or null when the tenant kept the defaults.</summary>
    public Versioned<NudgeSettings>? StoredSettings { get; set; }

    public NudgeSettings Settings => StoredSettings?.Value ?? NudgeSettings.Default;

    /// <summary>Adds one stored record by its kind; kinds the planner does not read are ignored.</summary>
    public void Add(string kind, string json, long version)
    {
        switch (kind)
        {
            case var k when k == MembershipOffer.RecordKind: Offers.Add(Read<MembershipOffer>(json)); break;
            case var k when k == VisualStudioSubscription.RecordKind: VisualStudioSubscriptions.Add(Read<VisualStudioSubscription>(json)); break;
            case var k when k == AzureCredit.RecordKind: AzureCredits.Add(Read<AzureCredit>(json)); break;
            case var k when k == SoftwareKey.RecordKind: SoftwareKeys.Add(Read<SoftwareKey>(json)); break;
            case var k when k == CloudSubscription.RecordKind: CloudSubscriptions.Add(Read<CloudSubscription>(json)); break;
            case var k when k == TechnicalBenefit.RecordKind: TechnicalBenefits.Add(Read<TechnicalBenefit>(json)); break;
            case var k when k == GoToMarketOffer.RecordKind: GoToMarketOffers.Add(Read<GoToMarketOffer>(json)); break;
            case var k when k == TeamRegistration.RecordKind: Teams.Add(Read<TeamRegistration>(json)); break;
            case var k when k == NudgeSettings.RecordKind: StoredSettings = new Versioned<NudgeSettings>(Read<NudgeSettings>(json), version); break;
            default: break;
        }
    }

    private static T Read<T>(string json)
        where T : ITenantRecord<T> =>
        JsonSerializer.Deserialize(json, T.JsonType) ?? throw new JsonException($"A null {T.RecordKind} record.");
}
