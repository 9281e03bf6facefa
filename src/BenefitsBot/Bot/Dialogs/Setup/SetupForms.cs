using BenefitsBot.Bot.Dialogs.Common;
using BenefitsBot.Graph;

namespace BenefitsBot.Bot.Dialogs.Setup;

/// <summary>What the admin typed into the offer step, kept when it has to be asked again.</summary>
public sealed record OfferForm(string? Kind, string? CompetencyArea, DateAnswer? PurchaseDate, string? Error);

/// <summary>What the admin entered in the roles step, and the users to offer next (the matches when a name matched several).</summary>
public sealed record RoleForm(bool AccountAdmin, bool MpnPartnerAdmin, IReadOnlyList<DirectoryUser> Choices, string? Typed, string? Error);
