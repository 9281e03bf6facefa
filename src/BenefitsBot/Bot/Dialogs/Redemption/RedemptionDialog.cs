using System.Text.Json.Serialization.Metadata;
using BenefitsBot.Bot.Actions;
using BenefitsBot.Bot.Dialogs.Common;
using BenefitsBot.Graph;
using BenefitsBot.Storage.Tenants;
using CardAction = BenefitsBot.Bot.Actions.CardAction;
using BenefitsBot.Localization;

namespace BenefitsBot.Bot.Dialogs.Redemption;

/// <summary>
/// The <c>redeem.*</c> buttons. Every press is role-checked on the server first (the roles of the chosen benefit type),
/// then matched against the stored dialog version (a replayed or outdated card changes nothing), and only then acted on.
/// Graph failures show the retry card with the inputs carried; nothing is written before the rules and inputs are checked.
/// </summary>
public sealed partial class RedemptionDialog(
    IEnumerable<IBenefitRedeemer> redeemers,
    DialogSessions sessions,
    ITenantRecordStore records,
    CardFlowAudit audit,
    TimeProvider time) : DialogHandler<RedemptionState>(sessions)
{
    private readonly Dictionary<string, IBenefitRedeemer> byKind = redeemers.ToDictionary(r => r.Kind, StringComparer.Ordinal);

    protected override string Prefix => RedemptionVerbs.Dialog;

    protected override BotCommandKind Command => BotCommandKind.Redemption;

    protected override JsonTypeInfo<RedemptionState> StateJson => RedemptionJsonContext.Default.RedemptionState;

    protected override string CancelledText(string language) => Localization.RedemptionTexts.Get("RedeemCancelled", language);

    /// <summary>The roles of the benefit type being picked or worked on; any redeeming role for the list.</summary>
    public override IReadOnlyCollection<AdminRole> RolesFor(CardAction action, DialogStep<RedemptionState>? current) =>
        action?.Verb == StartVerb ? RedemptionRoles.Any : RedeemerOf(action!, current)?.Roles ?? RedemptionRoles.Any;

    /// <summary>Opens the dialog: the list of benefits still to redeem, optionally of one offer.</summary>
    protected override async Task<CardActionResult> StartAsync(CardAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        var offerId = DialogData.Text(action, RedemptionVerbs.OfferIdKey);
        var benefits = await ListAsync(action.User, offerId, cancellationToken);
        var step = await OpenAsync(action, RedemptionState.ListStep, new RedemptionState(offerId), cancellationToken);
        return CardActionResult.Show(RedemptionListCard.Create(action.User.Language, benefits, step.Version));
    }

    private IBenefitRedeemer? RedeemerOf(CardAction action, DialogStep<RedemptionState>? current)
    {
        var kind = action.Verb == RedemptionVerbs.Pick ? DialogData.Text(action, "kind") : current?.State.Kind;
        return kind is not null && byKind.TryGetValue(kind, out var found) ? found : null;
    }

    private async Task<IReadOnlyList<RedeemableBenefit>> ListAsync(BotUser user, string? offerId, CancellationToken cancellationToken)
    {
        var all = new List<RedeemableBenefit>();
        foreach (var redeemer in byKind.Values)
        {
            all.AddRange(await redeemer.ListAsync(user.TenantId, user.Language, cancellationToken));
        }

        return offerId is null ? all : [.. all.Where(b => b.MembershipOfferId == offerId)];
    }
}
