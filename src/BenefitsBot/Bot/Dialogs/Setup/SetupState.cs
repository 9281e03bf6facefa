using System.Text.Json.Serialization;
using BenefitsBot.Graph;
using BenefitsBot.Storage.Tenants;

namespace BenefitsBot.Bot.Dialogs.Setup;

/// <summary>What the setup dialog has shown and recorded so far, so any instance can redraw its current step.</summary>
/// <param name="Suggestions">The users the roles step lists before anything is typed (the picker needs static choices for its typeahead).</param>
public sealed record SetupState(string TenantId, string TenantName, string? DefaultDomain, IReadOnlyList<string> VerifiedDomains, IReadOnlyList<SetupOfferNote> Offers, IReadOnlyList<SetupGrantNote> Grants, IReadOnlyList<DirectoryUser> Suggestions)
{
    public const int TenantStep = 1;
    public const int OffersStep = 2;
    public const int RolesStep = 3;
}

public sealed record SetupOfferNote(MembershipOfferKind Kind, string? CompetencyArea, DateOnly PurchaseDate);

public sealed record SetupGrantNote(string ObjectId, string Name, IReadOnlyList<AdminRole> Roles);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true)]
[JsonSerializable(typeof(SetupState))]
internal sealed partial class SetupStateJson : JsonSerializerContext;
