using System.Text.Json.Nodes;
using BenefitsBot.AdaptiveCards;
using BenefitsBot.AdaptiveCards.Elements;
using BenefitsBot.Bot.Dialogs.Common;
using BenefitsBot.Localization;

namespace BenefitsBot.Bot.Dialogs.Redemption;

/// <summary>The first step: what is open to redeem, grouped by benefit type, one button per benefit.</summary>
public static class RedemptionListCard
{
    /// <summary>The "redeem" button for nudge cards: opens the dialog listing only the benefits of <paramref name="offerId"/> (the role is checked when pressed).</summary>
    public static AdaptiveCards.Actions.ExecuteAction StartButton(string offerId, string language) =>
        DialogButton.Create(RedemptionVerbs.Start, RedemptionTexts.Get("RedeemOffer", language), language, 0, new JsonObject { [RedemptionVerbs.OfferIdKey] = offerId }, sendsInputs: false);

    public static AdaptiveCard Create(string language, IReadOnlyList<RedeemableBenefit> benefits, long stateVersion, string? notice = null)
    {
        ArgumentNullException.ThrowIfNull(benefits);
        var body = new List<CardElement>();
        if (notice is not null)
        {
            body.Add(DialogCard.Paragraph(notice, ContainerStyle.Warning));
        }

        body.Add(DialogCard.Paragraph(RedemptionTexts.Get(benefits.Count == 0 ? "ListEmpty" : "ListIntro", language)));
        foreach (var group in benefits.GroupBy(b => b.Kind))
        {
            body.Add(new TextBlock(RedemptionTexts.Get("Kind_" + group.Key, language)) { Weight = TextWeight.Bolder, Wrap = true, Separator = true });
            body.Add(new ActionSet
            {
                Actions = [.. group.Select(b => DialogButton.Create(
                    RedemptionVerbs.Pick, b.Title, language, stateVersion, new JsonObject { ["kind"] = b.Kind, ["id"] = b.Id }, sendsInputs: false))],
            });
        }

        return DialogCard.Create(language, RedemptionTexts.Get("ListTitle", language), body, [DialogButton.Cancel(RedemptionVerbs.Dialog, language, stateVersion)]);
    }
}
