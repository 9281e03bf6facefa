namespace BenefitsBot.Domain.Rules;

/// <summary>Action Pack count and support entitlements.</summary>
public static class MembershipPolicy
{
    /// <summary>One Action Pack per Partner global account: another can be bought only if the account has none.</summary>
    public static PolicyVerdict CanPurchaseActionPack(int actionPacksOnGlobalAccount) =>
        new(RuleMessage.OneActionPackPerAccount, actionPacksOnGlobalAccount < 1, Citations.OneActionPack);

    /// <summary>Signature Cloud Support: Gold/Silver only. Microsoft Product Support: Action Pack and Gold/Silver.</summary>
    public static PolicyVerdict IncludesSupport(MembershipLevel level, SupportOffer offer) => offer switch
    {
        SupportOffer.SignatureCloudSupport => new(RuleMessage.SignatureCloudSupport, level is MembershipLevel.Gold or MembershipLevel.Silver, Citations.TechnicalBenefits),
        SupportOffer.MicrosoftProductSupport => new(RuleMessage.MicrosoftProductSupport, true, Citations.TechnicalBenefits),
        _ => throw new ArgumentOutOfRangeException(nameof(offer), offer, null),
    };
}
