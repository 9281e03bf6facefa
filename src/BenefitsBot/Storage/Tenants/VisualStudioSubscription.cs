using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace BenefitsBot.Storage.Tenants;

/// <summary>A Visual Studio subscription; reassignment is allowed 90 days after <paramref name="AssignedOn"/> (the rules decide).</summary>
/// <param name="AssigneeObjectId">The assignee's Entra object id; null while unassigned.</param>
public sealed record VisualStudioSubscription(
    string SubscriptionId,
    string? MembershipOfferId,
    string Edition,
    string? AssigneeObjectId,
    DateOnly? AssignedOn) : ITenantRecord<VisualStudioSubscription>
{
    public static string RecordKind => "visual-studio-subscription";

    public static JsonTypeInfo<VisualStudioSubscription> JsonType => TenantRecordJsonContext.Default.VisualStudioSubscription;

    [JsonIgnore]
    public string RecordId => SubscriptionId;
}
