using System.Text.Json.Nodes;
using BenefitsBot.AdaptiveCards;
using BenefitsBot.Bot.Dialogs.Common;
using BenefitsBot.Bot.Dialogs.Setup;
using BenefitsBot.Domain.Rules;
using BenefitsBot.Localization;

namespace BenefitsBot.Bot.Dialogs.Renewal;

/// <summary>The renewal dialog's cards: pick an offer, status with checklist, and the outcomes.</summary>
public static partial class RenewalCards
{
    public static AdaptiveCard Choose(RenewalState state, string language, long version)
    {
        ArgumentNullException.ThrowIfNull(state);
        var statuses = state.Offers.Select(o => RenewalStatus.Of(o.Offer, state.Today)).ToList();
        return DialogCard.Create(
            language,
            DialogTexts.Get("RenewalTitle", language),
            [
                DialogCard.Paragraph(DialogTexts.Get("RenewalChoose", language)),
                DialogCard.Facts([.. statuses.Select(s => (Name(s, language), PhaseText(s, language)))]),
            ],
            [
                .. statuses.Select(s => DialogButton.Create(RenewalVerbs.Choose, Name(s, language), language, version, new JsonObject { [RenewalVerbs.OfferIdField] = s.Offer.OfferId }, sendsInputs: false)),
                DialogButton.Cancel(RenewalVerbs.Prefix, language, version),
            ]);
    }

    /// <summary>The button other cards (e.g. renewal nudges) use to open this dialog on one offer; it needs no dialog state.</summary>
    public static AdaptiveCards.Actions.ExecuteAction StartButton(string offerId, string title, string language) =>
        DialogButton.Create(RenewalVerbs.Start, title, language, 0, new JsonObject { [RenewalVerbs.OfferIdField] = offerId }, ActionStyle.Positive, sendsInputs: false);

    public static AdaptiveCard NoOffers(string language) =>
        DialogCard.Message(language, DialogTexts.Get("RenewalTitle", language), DialogTexts.Get("RenewalNoOffers", language));

    public static AdaptiveCard Renewed(RenewalStatus before, DateOnly renewedOn, string language)
    {
        ArgumentNullException.ThrowIfNull(before);
        var next = Domain.Rules.BenefitRules.RenewalWindowFromAnniversary(before.NextAnniversary);
        return DialogCard.Create(
            language,
            DialogTexts.Get("RenewedTitle", language),
            [
                DialogCard.Paragraph(DialogTexts.Format("RenewedText", language, Name(before, language)), ContainerStyle.Good),
                DialogCard.Facts(
                    (DialogTexts.Get("RenewedOn", language), DialogTexts.Date(renewedOn, language)),
                    (DialogTexts.Get("NewAnniversary", language), DialogTexts.Date(before.NextAnniversary, language)),
                    (DialogTexts.Get("NextWindow", language), Range(next.Start, next.End, language))),
            ]);
    }

    public static AdaptiveCard Lapsed(RenewalStatus status, string language)
    {
        ArgumentNullException.ThrowIfNull(status);
        return DialogCard.Message(language, DialogTexts.Get("LapsedTitle", language), DialogTexts.Format("LapsedText", language, Name(status, language)), ContainerStyle.Warning);
    }

    public static string Name(RenewalStatus status, string language)
    {
        ArgumentNullException.ThrowIfNull(status);
        return SetupCards.OfferName(status.Offer.Kind, status.Offer.CompetencyArea, language);
    }

    private static string PhaseText(RenewalStatus status, string language) => status.Phase switch
    {
        RenewalPhase.Upcoming => DialogTexts.Format("PhaseUpcoming", language, DialogTexts.Date(status.Window.Start, language), status.Days),
        RenewalPhase.Open => DialogTexts.Format("PhaseOpen", language, DialogTexts.Date(status.Window.End, language), status.Days),
        _ => DialogTexts.Format("PhaseMissed", language, DialogTexts.Date(status.GracePeriodEnd, language)),
    };

    private static string Range(DateOnly start, DateOnly end, string language) =>
        DialogTexts.Format("DateRange", language, DialogTexts.Date(start, language), DialogTexts.Date(end, language));
}
