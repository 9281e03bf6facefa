using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using BenefitsBot.Graph;
using BenefitsBot.Storage.Tenants;

namespace BenefitsBot.Bot.Access;

/// <summary>
/// Partner Center roles (Account admin, MPN partner admin) a Global admin recorded for a user: Graph cannot see
/// Partner Center, so the bot's role gate takes them from here.
/// </summary>
/// <param name="ObjectId">The user's Entra object id.</param>
/// <param name="GrantedBy">The Global admin's Entra object id.</param>
public sealed record PartnerRoleGrant(string ObjectId, IReadOnlyList<AdminRole> Roles, string GrantedBy, DateOnly GrantedOn) : ITenantRecord<PartnerRoleGrant>
{
    public static string RecordKind => "partner-role-grant";

    public static JsonTypeInfo<PartnerRoleGrant> JsonType => AccessRecordJsonContext.Default.PartnerRoleGrant;

    [JsonIgnore]
    public string RecordId => ObjectId;
}
