using System.Globalization;
using BenefitsBot.AdaptiveCards;
using BenefitsBot.Bot.Dialogs.Common;
using BenefitsBot.Bot.Dialogs.Setup;
using BenefitsBot.Localization;

namespace BenefitsBot.Bot.Dialogs.SelfService;

/// <summary>"My benefits": the caller's Visual Studio subscriptions (with expiry) and Azure credits.</summary>
public static class MyBenefitsCard
{
    public static AdaptiveCard Create(MyBenefits benefits, string language)
    {
        ArgumentNullException.ThrowIfNull(benefits);
        List<CardElement> body = [];
        if (benefits.IsEmpty)
        {
            body.Add(DialogCard.Paragraph(DialogTexts.Get("MyBenefitsNone", language)));
        }

        foreach (var vs in benefits.VisualStudio)
        {
            body.Add(new AdaptiveCards.Elements.TextBlock(DialogTexts.Format("MyVisualStudio", language, vs.Subscription.Edition)) { Weight = TextWeight.Bolder, Wrap = true });
            body.Add(DialogCard.Facts(
                (DialogTexts.Get("AssignedOn", language), vs.Subscription.AssignedOn is { } on ? DialogTexts.Date(on, language) : "-"),
                (DialogTexts.Get("Membership", language), vs.Offer is { } offer ? SetupCards.OfferName(offer.Kind, offer.CompetencyArea, language) : "-"),
                (DialogTexts.Get("ExpiresOn", language), vs.RenewalDate is { } r ? DialogTexts.Date(r, language) : DialogTexts.Get("Unknown", language)),
                (DialogTexts.Get("UsableUntilIfNotRenewed", language), vs.UsableUntil is { } u ? DialogTexts.Date(u, language) : "-")));
        }

        foreach (var credit in benefits.AzureCredits)
        {
            var amount = credit.Credit.AmountUsd is { } usd ? usd.ToString("N0", CultureInfo.InvariantCulture) + " USD" : "-";
            body.Add(new AdaptiveCards.Elements.TextBlock(DialogTexts.Get("MyAzureCredit_" + credit.Credit.Kind, language)) { Weight = TextWeight.Bolder, Wrap = true });
            body.Add(DialogCard.Facts(
                (DialogTexts.Get("Amount", language), amount),
                (DialogTexts.Get("Membership", language), credit.Offer is { } offer ? SetupCards.OfferName(offer.Kind, offer.CompetencyArea, language) : "-")));
        }

        body.Add(DialogCard.Paragraph(DialogTexts.Get("MyBenefitsAskAdmin", language)));
        return DialogCard.Create(
            language,
            DialogTexts.Get("MyBenefitsTitle", language),
            body,
            [DialogButton.Create(SelfServiceVerbs.Show, DialogTexts.Get("Refresh", language), language, 0, sendsInputs: false)]);
    }
}
