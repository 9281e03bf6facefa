using System.Text.Json.Nodes;
using BenefitsBot.AdaptiveCards;
using BenefitsBot.AdaptiveCards.Actions;
using BenefitsBot.AdaptiveCards.Elements;
using BenefitsBot.Bot.Dialogs.Common;
using BenefitsBot.Bot.Dialogs.Redemption;
using BenefitsBot.Bot.Dialogs.Renewal;
using BenefitsBot.Domain.Rules;
using BenefitsBot.Nudges.Texts;
using BenefitsBot.Storage.Nudges;

namespace BenefitsBot.Nudges;

/// <summary>
/// A nudge: what is due and when, and a button opening the renewal or redemption dialog (verbs <c>renewal.start</c> and
/// <c>redeem.start</c> with <c>{"offerId"}</c>, handled by the dialogs).
/// </summary>
public static class NudgeCard
{
    public const string RenewVerb = RenewalVerbs.Start;

    public const string RedeemVerb = RedemptionVerbs.Start;

    public static AdaptiveCard Create(NudgeContent content, DateOnly today, string language)
    {
        ArgumentNullException.ThrowIfNull(content);
        var nudge = content.Nudge;
        var offerName = content.Offer is { } offer
            ? NudgeTexts.Get("Offer_" + offer.Kind, language) + (offer.CompetencyArea is { Length: > 0 } area ? $": {area}" : string.Empty)
            : nudge.OfferId ?? nudge.SubjectId;
        var benefitName = content.AssignedBenefitKey is { } key ? NudgeTexts.Get(key, language) : offerName;
        var title = NudgeTexts.Format("Title_" + nudge.Kind, language, NudgeTexts.When(nudge.EventDate, today, language), benefitName);
        var body = new List<CardElement>
        {
            new TextBlock(title) { Style = TextBlockStyle.Heading, Size = TextSize.Medium, Weight = TextWeight.Bolder, Wrap = true },
            new TextBlock(Body(content, offerName, benefitName, language)) { Wrap = true },
        };
        return new AdaptiveCard
        {
            Lang = language,
            FallbackText = title,
            Body = body,
            Actions = Button(content, language) is { } button ? [button] : null,
        };
    }

    private static string Body(NudgeContent content, string offerName, string benefitName, string language)
    {
        var nudge = content.Nudge;
        var offerId = nudge.OfferId ?? string.Empty;
        return nudge.Kind switch
        {
            NudgeKind.RenewalWindowOpens => NudgeTexts.Format("Body_RenewalWindowOpens", language, offerName, offerId,
                NudgeTexts.Date(nudge.EventDate, language), NudgeTexts.Date(WindowEnd(nudge.EventDate), language)),
            NudgeKind.GracePeriodEnds => NudgeTexts.Format("Body_GracePeriodEnds", language, offerName, offerId, NudgeTexts.Date(nudge.EventDate, language)),
            NudgeKind.BenefitsNotActivated => NudgeTexts.Format("Body_BenefitsNotActivated", language, offerName, offerId, content.NotActivatedCount, NudgeTexts.Date(nudge.EventDate, language)),
            _ => NudgeTexts.Format("Body_AssignmentEnds", language, benefitName, NudgeTexts.Date(nudge.EventDate, language)),
        };
    }

    // The window opens the day after the anniversary; its last day is the anniversary + 30.
    private static DateOnly WindowEnd(DateOnly opens) => BenefitRules.RenewalWindowFromAnniversary(opens.AddDays(-1)).End;

    /// <summary>Channel nudges open a dialog for the offer; an employee's 1:1 nudge is for information only.</summary>
    private static ExecuteAction? Button(NudgeContent content, string language)
    {
        var nudge = content.Nudge;
        if (nudge.IsPersonal || nudge.OfferId is null)
        {
            return null;
        }

        // The dialogs' own start buttons (no dialog state yet: version 0); the nudge's key travels in the activity.
        return nudge.Kind == NudgeKind.BenefitsNotActivated
            ? DialogButton.Create(RedeemVerb, NudgeTexts.Get("Button_Redeem", language), language, 0, new JsonObject { ["offerId"] = nudge.OfferId }, ActionStyle.Positive, sendsInputs: false)
            : RenewalCards.StartButton(nudge.OfferId, NudgeTexts.Get("Button_Renew", language), language);
    }
}
