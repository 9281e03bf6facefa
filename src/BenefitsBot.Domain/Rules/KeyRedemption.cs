namespace BenefitsBot.Domain.Rules;

/// <summary>How a product key is used on a subscription that already exists.</summary>
public enum KeyRedemption
{
    ExtendEndDate,
    AddSeats,
}
