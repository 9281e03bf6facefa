using BenefitsBot.Bot.Actions;
using BenefitsBot.Bot.Dialogs.Common;
using BenefitsBot.Domain.Rules;
using BenefitsBot.Localization;
using BenefitsBot.Storage.Tenants;
using CardAction = BenefitsBot.Bot.Actions.CardAction;

namespace BenefitsBot.Bot.Dialogs.Setup;

public sealed partial class SetupDialog
{
    private async Task<CardActionResult> AddOfferAsync(CardAction action, DialogStep<SetupState> step, CancellationToken cancellationToken)
    {
        var language = action.User.Language;
        var kindText = DialogData.Text(action, SetupCards.KindInput);
        var area = DialogData.Text(action, SetupCards.AreaInput);
        var date = dates.Read(action, SetupCards.PurchaseDateInput);
        var error = OfferError(kindText, area, date, action.User.Today, language);
        if (error is not null)
        {
            return CardActionResult.Show(SetupCards.Offers(step.State, language, step.Version, new OfferForm(kindText, area, date, error)));
        }

        var kind = Enum.Parse<MembershipOfferKind>(kindText!);
        var competencyArea = kind.IsCompetency() ? area : null;
        var purchase = date.Date!.Value;
        var note = new SetupOfferNote(kind, competencyArea, purchase);
        var next = await AdvanceAsync(action, step, SetupState.OffersStep, step.State with { Offers = [.. step.State.Offers, note] }, cancellationToken);

        var offer = new MembershipOffer(
            "offer-" + Guid.NewGuid().ToString("N")[..12],
            kind,
            competencyArea,
            purchase,
            BenefitRules.FirstAnniversary(purchase),
            MembershipOfferStatus.Active,
            null);
        await records.InsertAsync(action.User.TenantId, offer, cancellationToken);
        await audit.SucceededAsync(action.User, SetupVerbs.AddOffer, offer.OfferId, $"{kind} {competencyArea} purchased {purchase:yyyy-MM-dd}", cancellationToken);
        var recorded = DialogTexts.Format("SetupOfferAdded", language, SetupCards.OfferName(kind, competencyArea, language), DialogTexts.Date(purchase, language));
        return CardActionResult.Show(DialogCard.WithNotice(SetupCards.Offers(next.State, language, next.Version), recorded, AdaptiveCards.ContainerStyle.Good));
    }

    private static string? OfferError(string? kindText, string? area, DateAnswer date, DateOnly today, string language)
    {
        if (kindText is null || !Enum.TryParse<MembershipOfferKind>(kindText, out var kind) || !Enum.IsDefined(kind))
        {
            return DialogTexts.Get("OfferKindMissing", language);
        }

        if (kind.IsCompetency() && area is null)
        {
            return DialogTexts.Get("CompetencyAreaMissing", language);
        }

        if (!date.IsValid)
        {
            return date.Error;
        }

        return date.Date > today ? DialogTexts.Get("PurchaseDateFuture", language) : null;
    }
}
