using BenefitsBot.Bot.Dialogs.Common;
using BenefitsBot.Graph;

namespace BenefitsBot.Bot.Dialogs.Setup;

/// <summary>What the admin typed into the offer step, kept when it has to be asked again.</summary>
public sealed record OfferForm(string? Kind, string? CompetencyArea, DateAnswer? PurchaseDate, string? Error);

/// <summary>What the admin typed into the roles step; <paramref name="Candidates"/> when a name matched several users.</summary>
public sealed record RoleForm(string? UserQuery, bool AccountAdmin, bool MpnPartnerAdmin, IReadOnlyList<DirectoryUser> Candidates, string? Error);
