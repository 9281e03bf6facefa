namespace BenefitsBot.Storage.Tenants;

public static class MembershipOfferKinds
{
    /// <summary>Silver or Gold competency (the COVID extension applied to these only).</summary>
    public static bool IsCompetency(this MembershipOfferKind kind) => kind is MembershipOfferKind.SilverCompetency or MembershipOfferKind.GoldCompetency;
}
