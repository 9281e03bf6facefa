using BenefitsBot.AdaptiveCards;
using BenefitsBot.Bot.Dialogs.Common;
using BenefitsBot.Bot.Dialogs.Users;
using BenefitsBot.Domain.Rules;
using BenefitsBot.Graph;
using BenefitsBot.Localization;
using BenefitsBot.Storage.Tenants;

namespace BenefitsBot.Bot.Dialogs.Redemption;

/// <summary>Visual Studio subscriptions: assign a directory user; a subscription already assigned moves only once the rules' 90 days have passed.</summary>
public sealed class VisualStudioRedeemer(ITenantRecordStore records, DirectoryUserLookup users, BenefitRules rules) : UserBenefitRedeemer(users)
{
    public override string Kind => VisualStudioSubscription.RecordKind;

    public override IReadOnlyCollection<AdminRole> Roles => RedemptionRoles.AssignToEmployees;

    public override async Task<IReadOnlyList<RedeemableBenefit>> ListAsync(string tenantId, string language, CancellationToken cancellationToken) =>
        [.. (await records.ListAsync<VisualStudioSubscription>(tenantId, cancellationToken)).Select(s => s.Value).Select(s => new RedeemableBenefit(
            Kind,
            s.SubscriptionId,
            s.AssignedOn is { } on ? RedemptionTexts.Format("VsTitleAssigned", language, s.Edition, Date(on, language)) : RedemptionTexts.Format("VsTitleFree", language, s.Edition),
            s.MembershipOfferId))];

    protected override async Task<RedemptionOutcome> ConfirmForAsync(RedemptionTurn turn, DirectoryUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var language = turn.Language;
        if (await records.FindAsync<VisualStudioSubscription>(turn.TenantId, turn.BenefitId, cancellationToken) is not { } found)
        {
            return RedemptionOutcome.Gone(language);
        }

        var subscription = found.Value;
        var error = subscription.AssigneeObjectId == user.Id ? RedemptionTexts.Get("AlreadyHasIt", language)
            : Reassignment(subscription, turn) is { Eligible: false } tooEarly ? RuleNotes.Text(tooEarly, language)
            : null;
        if (error is not null)
        {
            return RedemptionOutcome.ShowAgain((await CardAsync(turn, error, [user], cancellationToken))!);
        }

        return RedemptionOutcome.Redeem(async ct =>
        {
            await records.UpdateAsync(turn.TenantId, subscription with { AssigneeObjectId = user.Id, AssignedOn = turn.User.Today }, found.Version, ct);
            var previous = subscription.AssigneeObjectId is { } before ? $" (was {before} since {subscription.AssignedOn:yyyy-MM-dd})" : string.Empty;
            return new RedemptionReceipt(
                RedemptionTexts.Format("VsDone", language, subscription.Edition, UserChoices.TitleOf(user, language)),
                $"{subscription.Edition} {subscription.SubscriptionId} to {user.Id}{previous}");
        });
    }

    /// <summary>The 90-day reassignment verdict when the subscription has an assignee; null when it is free.</summary>
    private RuleVerdict? Reassignment(VisualStudioSubscription subscription, RedemptionTurn turn) =>
        subscription.AssigneeObjectId is not null && subscription.AssignedOn is { } assigned
            ? RuleNotes.Verdict(rules, RuleKind.VsReassignFrom, assigned, DateRole.Assignment, turn.User.Today)
            : null;

    protected override async Task<AdaptiveCard?> CardAsync(RedemptionTurn turn, string? problem, IReadOnlyList<DirectoryUser> choices, CancellationToken cancellationToken)
    {
        if (await records.FindAsync<VisualStudioSubscription>(turn.TenantId, turn.BenefitId, cancellationToken) is not { } found)
        {
            return null;
        }

        var subscription = found.Value;
        var language = turn.Language;
        var body = new List<CardElement>
        {
            DialogCard.Facts(
                (RedemptionTexts.Get("FactEdition", language), subscription.Edition),
                (RedemptionTexts.Get("FactAssignedOn", language), subscription.AssignedOn is { } on ? Date(on, language) : RedemptionTexts.Get("Unassigned", language))),
        };
        if (Reassignment(subscription, turn) is { } verdict)
        {
            body.Add(DialogCard.Paragraph(RuleNotes.Text(verdict, language), verdict.Eligible == true ? ContainerStyle.Emphasis : ContainerStyle.Warning));
        }

        body.AddRange(UserPicker.InputsAfter(turn.Action, choices));
        return BenefitStepCard.Create(turn, subscription.Edition, body, problem, BenefitStepCard.Confirm(turn, "AssignUser"));
    }

    private static string Date(DateOnly date, string language) => date.ToString("d", UserLanguage.Culture(language));
}
