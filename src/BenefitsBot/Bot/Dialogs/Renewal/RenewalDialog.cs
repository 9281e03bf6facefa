using System.Text.Json.Serialization.Metadata;
using BenefitsBot.AdaptiveCards;
using BenefitsBot.Bot.Actions;
using BenefitsBot.Bot.Dialogs.Common;
using BenefitsBot.Graph;
using BenefitsBot.Storage.Tenants;
using CardAction = BenefitsBot.Bot.Actions.CardAction;
using BenefitsBot.Localization;

namespace BenefitsBot.Bot.Dialogs.Renewal;

/// <summary>
/// Renewal: each offer's window, days left and grace period (from the rules), the articles' checklist, and recording the
/// renewal (new anniversary) or, once the grace period has passed, the lapse. The Global admin and MPN partner admin get the
/// renewal communication and may look; the Global or Account admin reviews the company profile and records the renewal.
/// </summary>
public sealed partial class RenewalDialog(
    DialogSessions sessions,
    ITenantRecordStore records,
    CardFlowAudit audit) : DialogHandler<RenewalState>(sessions)
{
    private static readonly AdminRole[] Viewers = [AdminRole.GlobalAdministrator, AdminRole.AccountAdmin, AdminRole.MpnPartnerAdmin];
    private static readonly AdminRole[] Renewers = [AdminRole.GlobalAdministrator, AdminRole.AccountAdmin];

    protected override string Prefix => RenewalVerbs.Prefix;

    protected override JsonTypeInfo<RenewalState> StateJson => RenewalStateJson.Default.RenewalState;

    protected override BotCommandKind Command => BotCommandKind.Renewal;

    public override IReadOnlyCollection<AdminRole> RolesFor(CardAction action, DialogStep<RenewalState>? current) =>
        action?.Verb is RenewalVerbs.Record or RenewalVerbs.Lapse ? Renewers : Viewers;

    protected override async Task<CardActionResult> StartAsync(CardAction action, CancellationToken cancellationToken)
    {
        var user = action.User;
        var offers = (await records.ListAsync<MembershipOffer>(user.TenantId, cancellationToken))
            .Where(o => o.Value.Status != MembershipOfferStatus.Cancelled)
            .Select(o => new RenewalOffer(o.Value, o.Version))
            .ToList();
        if (offers.Count == 0)
        {
            return CardActionResult.Show(RenewalCards.NoOffers(user.Language));
        }

        var requested = DialogData.Text(action, RenewalVerbs.OfferIdField);
        var chosen = offers.Count == 1 ? offers[0].Offer.OfferId : offers.Find(o => o.Offer.OfferId == requested)?.Offer.OfferId;
        var state = new RenewalState(offers, chosen, user.Today);
        var step = await OpenAsync(action, chosen is null ? RenewalState.ChooseStep : RenewalState.StatusStep, state, cancellationToken);
        return CardActionResult.Show(Render(step, user.Language));
    }

    protected override Task<CardActionResult> ContinueAsync(CardAction action, DialogStep<RenewalState> current, CancellationToken cancellationToken) =>
        (action.Verb, current.Step) switch
        {
            (RenewalVerbs.Choose, RenewalState.ChooseStep) => ChooseAsync(action, current, cancellationToken),
            (RenewalVerbs.Record, RenewalState.StatusStep) => RecordAsync(action, current, cancellationToken),
            (RenewalVerbs.Lapse, RenewalState.StatusStep) => LapseAsync(action, current, cancellationToken),
            _ => StaleAsync(action, current, cancellationToken),
        };

    protected override Task<AdaptiveCard?> RenderAsync(CardAction action, DialogStep<RenewalState> current, CancellationToken cancellationToken) =>
        Task.FromResult<AdaptiveCard?>(Render(current, action.User.Language));

    private static AdaptiveCard Render(DialogStep<RenewalState> current, string language)
    {
        ArgumentNullException.ThrowIfNull(current);
        return current.State.Chosen is { } chosen && current.Step == RenewalState.StatusStep
            ? RenewalCards.Status(RenewalStatus.Of(chosen.Offer, current.State.Today), language, current.Version)
            : RenewalCards.Choose(current.State, language, current.Version);
    }

    private async Task<CardActionResult> ChooseAsync(CardAction action, DialogStep<RenewalState> current, CancellationToken cancellationToken)
    {
        var offerId = DialogData.Text(action, RenewalVerbs.OfferIdField);
        if (current.State.Offers.All(o => o.Offer.OfferId != offerId))
        {
            return await StaleAsync(action, current, cancellationToken);
        }

        var next = await AdvanceAsync(action, current, RenewalState.StatusStep, current.State with { OfferId = offerId, Today = action.User.Today }, cancellationToken);
        return CardActionResult.Show(Render(next, action.User.Language));
    }
}
