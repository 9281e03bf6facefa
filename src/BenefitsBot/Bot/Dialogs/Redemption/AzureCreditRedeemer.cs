using BenefitsBot.AdaptiveCards;
using BenefitsBot.AdaptiveCards.Inputs;
using BenefitsBot.Bot.Dialogs.Common;
using BenefitsBot.Bot.Dialogs.Users;
using BenefitsBot.Domain.Rules;
using BenefitsBot.Graph;
using BenefitsBot.Localization;
using BenefitsBot.Storage.Tenants;
using CreditRule = BenefitsBot.Domain.Rules.AzureCredit;
using StoredCredit = BenefitsBot.Storage.Tenants.AzureCredit;

namespace BenefitsBot.Bot.Dialogs.Redemption;

/// <summary>
/// Azure credit: assign a user who exists in Entra (members and guests). Monthly credit adds users; bulk credit can only be
/// transferred, and not to a user on another Azure offer (<see cref="AzureCreditPolicy"/>).
/// </summary>
public sealed class AzureCreditRedeemer(ITenantRecordStore records, DirectoryUserLookup users) : IBenefitRedeemer
{
    public const string OtherOfferId = "otherOffer";

    public string Kind => StoredCredit.RecordKind;

    public IReadOnlyCollection<AdminRole> Roles => RedemptionRoles.AssignToEmployees;

    public async Task<IReadOnlyList<RedeemableBenefit>> ListAsync(string tenantId, string language, CancellationToken cancellationToken) =>
        [.. (await records.ListAsync<StoredCredit>(tenantId, cancellationToken)).Select(c => c.Value)
            .Select(c => new RedeemableBenefit(Kind, c.CreditId, RedemptionTexts.Format("CreditTitle", language, KindName(c.Kind, language), c.UserObjectIds.Count), c.MembershipOfferId))];

    public async Task<AdaptiveCard?> StepCardAsync(RedemptionTurn turn, string? problem, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return await CardAsync(turn, problem, await users.SuggestAsync(turn.User, cancellationToken), cancellationToken);
    }

    public async Task<RedemptionOutcome> ConfirmAsync(RedemptionTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var language = turn.Language;
        var pick = await users.PickAsync(turn.Action, cancellationToken);
        if (pick.User is not { } user)
        {
            return RedemptionOutcome.ShowAgain((await CardAsync(turn, pick.Error, pick.Choices, cancellationToken))!);
        }

        var all = await records.ListAsync<StoredCredit>(turn.TenantId, cancellationToken);
        if (all.FirstOrDefault(c => c.Value.CreditId == turn.BenefitId) is not { } credit)
        {
            return RedemptionOutcome.Gone(language);
        }

        var others = all.Where(c => c != credit && c.Value.UserObjectIds.Contains(user.Id)).Select(c => c.Value).ToList();
        var error = Check(credit.Value, user, others, DialogData.Flag(turn.Action, OtherOfferId), language);
        if (error is not null)
        {
            return RedemptionOutcome.ShowAgain((await CardAsync(turn, error, [user], cancellationToken))!);
        }

        return RedemptionOutcome.Redeem(async ct =>
        {
            var assigned = credit.Value.Kind == AzureCreditKind.Monthly ? [.. credit.Value.UserObjectIds, user.Id] : new[] { user.Id };
            await records.UpdateAsync(turn.TenantId, credit.Value with { UserObjectIds = assigned }, credit.Version, ct);
            return new RedemptionReceipt(
                RedemptionTexts.Format(credit.Value.Kind == AzureCreditKind.Monthly ? "CreditDoneMonthly" : "CreditDoneBulk", language, UserChoices.TitleOf(user, language)),
                $"{credit.Value.Kind} credit {credit.Value.CreditId} to {user.Id}{(user.IsGuest ? " (guest)" : string.Empty)}");
        });
    }

    /// <summary>The rule that stops the assignment, in words; null when it may go ahead.</summary>
    private static string? Check(StoredCredit credit, DirectoryUser user, List<StoredCredit> otherCredits, bool userHasOtherOffer, string language)
    {
        var rule = credit.Kind == AzureCreditKind.Monthly ? CreditRule.Monthly : CreditRule.Bulk;
        var change = AzureCreditPolicy.CanChange(rule, rule == CreditRule.Monthly ? AzureCreditChange.AddUser : AzureCreditChange.Transfer);
        if (!change.Allowed)
        {
            return change.Explain(language);
        }

        if (credit.UserObjectIds.Contains(user.Id))
        {
            return RedemptionTexts.Get("AlreadyHasIt", language);
        }

        // Bulk credit combines with no other offer: neither when this credit is bulk nor when the user already holds bulk credit.
        var bulkInvolved = credit.Kind == AzureCreditKind.Bulk || otherCredits.Any(c => c.Kind == AzureCreditKind.Bulk);
        var combine = AzureCreditPolicy.CanCombineBulkCredit(userHasOtherOffer || otherCredits.Count > 0);
        return bulkInvolved && !combine.Allowed ? combine.Explain(language) : null;
    }

    private async Task<AdaptiveCard?> CardAsync(RedemptionTurn turn, string? error, IReadOnlyList<DirectoryUser> choices, CancellationToken cancellationToken)
    {
        if (await records.FindAsync<StoredCredit>(turn.TenantId, turn.BenefitId, cancellationToken) is not { } found)
        {
            return null;
        }

        var credit = found.Value;
        var language = turn.Language;
        var rule = credit.Kind == AzureCreditKind.Monthly
            ? AzureCreditPolicy.CanChange(CreditRule.Monthly, AzureCreditChange.AddUser)
            : AzureCreditPolicy.CanChange(CreditRule.Bulk, AzureCreditChange.Transfer);
        var amount = credit.AmountUsd is { } usd ? usd.ToString("C0", System.Globalization.CultureInfo.GetCultureInfo("en-US")) : "-";
        var body = new List<CardElement>
        {
            DialogCard.Facts(
                (RedemptionTexts.Get("FactCredit", language), KindName(credit.Kind, language)),
                (RedemptionTexts.Get("FactAmount", language), amount),
                (RedemptionTexts.Get("FactUsers", language), credit.UserObjectIds.Count.ToString(UserLanguage.Culture(language)))),
            DialogCard.Paragraph(rule.Explain(language), ContainerStyle.Emphasis),
        };
        body.AddRange(UserPicker.InputsAfter(turn.Action, choices));
        if (credit.Kind == AzureCreditKind.Bulk)
        {
            body.Add(DialogCard.Paragraph(AzureCreditPolicy.CanCombineBulkCredit(userHasOtherOffer: true).Explain(language), ContainerStyle.Warning));
            body.Add(new ToggleInput(OtherOfferId, RedemptionTexts.Get("OtherOfferToggle", language)) { ValueOn = "true", ValueOff = "false", Value = DialogData.Flag(turn.Action, OtherOfferId) ? "true" : "false", Wrap = true });
        }

        return BenefitStepCard.Create(turn, RedemptionTexts.Format("CreditStepTitle", language, KindName(credit.Kind, language)), body, error, BenefitStepCard.Confirm(turn, "AssignUser"));
    }

    private static string KindName(AzureCreditKind kind, string language) => RedemptionTexts.Get("Credit_" + kind, language);
}
