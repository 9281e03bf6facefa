namespace BenefitsBot.Domain.Rules;

/// <summary>Product keys and tokens (seed 001 "adding, extending/renewing licenses", seed 002 "License-based subscriptions", seed 003 "Product licenses").</summary>
public static class LicensePolicy
{
    /// <summary>A key can be redeemed once only.</summary>
    public static PolicyVerdict CanRedeemKey(bool alreadyRedeemed) =>
        new(RuleMessage.KeyRedeemedOnce, !alreadyRedeemed, Citations.AddingLicenses);

    /// <summary>Whether the redemption gives a full 12 months: adding seats instead of extending leaves less than 12 months.</summary>
    public static PolicyVerdict GivesFullTwelveMonths(KeyRedemption redemption) =>
        new(RuleMessage.AddingSeatsShortensTerm, redemption == KeyRedemption.ExtendEndDate, Citations.AddingLicenses);

    /// <summary>Tokens are used in the format issued: only the whole token as one subscription, never split into parts.</summary>
    public static PolicyVerdict CanUseToken(int tokenSeats, IReadOnlyList<int> subscriptionSeats)
    {
        ArgumentNullException.ThrowIfNull(subscriptionSeats);
        var whole = subscriptionSeats.Count == 1 && subscriptionSeats[0] == tokenSeats;
        return new(RuleMessage.TokensCannotBeSplit, whole, Citations.TokenSplit);
    }
}
