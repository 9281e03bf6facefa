namespace BenefitsBot.Domain.Rules;

/// <summary>Azure credit rules (seed 002 "Usage-based subscriptions", seed 001 "trouble assigning users in Azure Bulk Credit").</summary>
public static class AzureCreditPolicy
{
    /// <summary>
    /// Offers named by the articles that Azure Bulk Credit can't be combined with. The articles end the list with "etc.",
    /// so <see cref="CanCombineBulkCredit"/> says no for any other offer; this list is for explaining.
    /// </summary>
    public static IReadOnlyList<string> NamedConflictingOffers { get; } =
        ["Microsoft Enterprise Agreement", "Cloud Solution Partner", "Azure in Open", "Azure Pass", "Action Pack"];

    /// <summary>A user on any other licensing, prepaid or credit offer can't get Azure Bulk Credit.</summary>
    public static PolicyVerdict CanCombineBulkCredit(bool userHasOtherOffer) =>
        new(RuleMessage.BulkCreditNotCombinable, !userHasOtherOffer, Citations.AzureCredit);

    /// <summary>Monthly credit: users added and removed at any time. Bulk credit: no removal, only transfer (during the enrollment year).</summary>
    public static PolicyVerdict CanChange(AzureCredit credit, AzureCreditChange change) => credit switch
    {
        AzureCredit.Monthly => new(RuleMessage.MonthlyCreditUsers, change is AzureCreditChange.AddUser or AzureCreditChange.RemoveUser, Citations.AzureCredit),
        AzureCredit.Bulk => new(RuleMessage.BulkCreditTransferOnly, change is AzureCreditChange.Transfer, Citations.AzureCredit),
        _ => throw new ArgumentOutOfRangeException(nameof(credit), credit, null),
    };
}
