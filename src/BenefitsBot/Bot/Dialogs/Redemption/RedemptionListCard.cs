using System.Text.Json.Nodes;
using BenefitsBot.AdaptiveCards;
using BenefitsBot.AdaptiveCards.Elements;
using BenefitsBot.Bot.Dialogs.Common;
using BenefitsBot.Localization;

namespace BenefitsBot.Bot.Dialogs.Redemption;

/// <summary>The first step: what is open to redeem, grouped by benefit type, one button per benefit.</summary>
public static class RedemptionListCard
{
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
