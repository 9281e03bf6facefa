using BenefitsBot.Domain.Rules;

namespace BenefitsBot.Domain.Tests.Rules;

public sealed class PolicyTests
{
    [Theory]
    [InlineData(BenefitAction.PurchaseBenefits, PartnerRole.User, true)]
    [InlineData(BenefitAction.AssignBenefits, PartnerRole.GlobalAdmin, true)]
    [InlineData(BenefitAction.AssignBenefits, PartnerRole.MpnPartnerAdmin, false)]
    [InlineData(BenefitAction.ActivateBenefits, PartnerRole.MpnPartnerAdmin, true)]
    [InlineData(BenefitAction.ActivateBenefits, PartnerRole.AccountAdmin, false)]
    [InlineData(BenefitAction.ActivateTechnicalBenefits, PartnerRole.GlobalAdmin, true)]
    [InlineData(BenefitAction.ActivateTechnicalBenefits, PartnerRole.UserManagementAdmin, false)]
    public void Can_RoleAndAction_FollowsArticle(BenefitAction action, PartnerRole role, bool expected)
    {
        Assert.Equal(expected, RolePolicy.Can(action, [role]).Allowed);
    }

    [Theory]
    [InlineData(PartnerRole.GlobalAdmin, true, true)]
    [InlineData(PartnerRole.MpnPartnerAdmin, true, true)]
    [InlineData(PartnerRole.MpnPartnerAdmin, false, false)]
    [InlineData(PartnerRole.AdminAgent, true, false)]
    public void Can_GoToMarket_NeedsAdminAndMarketingContact(PartnerRole role, bool contact, bool expected)
    {
        var verdict = RolePolicy.Can(BenefitAction.ActivateGoToMarket, [role], contact);

        Assert.Equal(expected, verdict.Allowed);
        Assert.Equal(Citations.GoToMarket, verdict.Citation);
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(1, false)]
    public void CanPurchaseActionPack_OnePerGlobalAccount(int existing, bool expected)
    {
        Assert.Equal(expected, MembershipPolicy.CanPurchaseActionPack(existing).Allowed);
    }

    [Theory]
    [InlineData(MembershipLevel.Gold, SupportOffer.SignatureCloudSupport, true)]
    [InlineData(MembershipLevel.Silver, SupportOffer.SignatureCloudSupport, true)]
    [InlineData(MembershipLevel.ActionPack, SupportOffer.SignatureCloudSupport, false)]
    [InlineData(MembershipLevel.ActionPack, SupportOffer.MicrosoftProductSupport, true)]
    [InlineData(MembershipLevel.Gold, SupportOffer.MicrosoftProductSupport, true)]
    public void IncludesSupport_Level_FollowsArticle(MembershipLevel level, SupportOffer offer, bool expected)
    {
        Assert.Equal(expected, MembershipPolicy.IncludesSupport(level, offer).Allowed);
    }

    [Theory]
    [InlineData(AzureCredit.Monthly, AzureCreditChange.AddUser, true)]
    [InlineData(AzureCredit.Monthly, AzureCreditChange.RemoveUser, true)]
    [InlineData(AzureCredit.Bulk, AzureCreditChange.RemoveUser, false)]
    [InlineData(AzureCredit.Bulk, AzureCreditChange.Transfer, true)]
    public void CanChange_AzureCredit_MonthlyFlexibleBulkTransferOnly(AzureCredit credit, AzureCreditChange change, bool expected)
    {
        Assert.Equal(expected, AzureCreditPolicy.CanChange(credit, change).Allowed);
    }

    [Fact]
    public void CanCombineBulkCredit_UserOnOtherOffer_NoAndNamesOffers()
    {
        var verdict = AzureCreditPolicy.CanCombineBulkCredit(userHasOtherOffer: true);

        Assert.False(verdict.Allowed);
        Assert.True(AzureCreditPolicy.CanCombineBulkCredit(userHasOtherOffer: false).Allowed);
        foreach (var offer in AzureCreditPolicy.NamedConflictingOffers.Where(o => o != "Microsoft Enterprise Agreement"))
        {
            Assert.Contains(offer, verdict.Explain("en"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void LicensePolicy_KeysSeatsTokens_FollowArticles()
    {
        Assert.False(LicensePolicy.CanRedeemKey(alreadyRedeemed: true).Allowed);
        Assert.True(LicensePolicy.CanRedeemKey(alreadyRedeemed: false).Allowed);
        Assert.False(LicensePolicy.GivesFullTwelveMonths(KeyRedemption.AddSeats).Allowed);
        Assert.True(LicensePolicy.GivesFullTwelveMonths(KeyRedemption.ExtendEndDate).Allowed);
        Assert.False(LicensePolicy.CanUseToken(25, [5, 5, 5, 5, 5]).Allowed);
        Assert.True(LicensePolicy.CanUseToken(25, [25]).Allowed);
    }

    [Theory]
    [InlineData("sv", "global administratör")]
    [InlineData("nl", "globale beheerder")]
    [InlineData("zh-TW", "全域管理員")]
    public void Explain_PolicyVerdict_InUsersLanguage(string language, string expected)
    {
        Assert.Contains(expected, RolePolicy.Can(BenefitAction.AssignBenefits, [PartnerRole.User]).Explain(language), StringComparison.Ordinal);
    }
}
