namespace BenefitsBot.Storage.Tenants;

public enum MembershipOfferKind
{
    ActionPack,
    LearningActionPack,
    SilverCompetency,
    GoldCompetency,
}
