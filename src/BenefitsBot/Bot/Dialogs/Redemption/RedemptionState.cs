using System.Text.Json.Serialization;

namespace BenefitsBot.Bot.Dialogs.Redemption;

/// <summary>Where a redemption dialog is: the offer it was opened for (nudges) and the chosen benefit.</summary>
public sealed record RedemptionState(string? OfferId, string? Kind = null, string? BenefitId = null)
{
    public const string DialogId = "redeem";

    public const int ListStep = 0;

    public const int BenefitStep = 1;
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(RedemptionState))]
internal sealed partial class RedemptionJsonContext : JsonSerializerContext;
