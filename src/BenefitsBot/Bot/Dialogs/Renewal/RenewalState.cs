using System.Text.Json.Serialization;
using BenefitsBot.Storage.Tenants;

namespace BenefitsBot.Bot.Dialogs.Renewal;

/// <summary>The offers shown (with the record versions read, so a renewal recorded elsewhere meanwhile is noticed) and the chosen one.</summary>
public sealed record RenewalState(IReadOnlyList<RenewalOffer> Offers, string? OfferId, DateOnly Today)
{
    public const int ChooseStep = 1;
    public const int StatusStep = 2;

    public RenewalOffer? Chosen => Offers.FirstOrDefault(o => o.Offer.OfferId == OfferId);
}

public sealed record RenewalOffer(MembershipOffer Offer, long Version);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true)]
[JsonSerializable(typeof(RenewalState))]
internal sealed partial class RenewalStateJson : JsonSerializerContext;
