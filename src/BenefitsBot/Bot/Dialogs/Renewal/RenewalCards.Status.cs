using BenefitsBot.AdaptiveCards;
using BenefitsBot.AdaptiveCards.Inputs;
using BenefitsBot.Bot.Dialogs.Common;
using BenefitsBot.Domain.Rules;
using BenefitsBot.Localization;

namespace BenefitsBot.Bot.Dialogs.Renewal;

public static partial class RenewalCards
{
    /// <summary>Status (window, days, grace period, COVID extension) and, while the window is open, the checklist to record the renewal.</summary>
    public static AdaptiveCard Status(RenewalStatus status, string language, long version, RenewalChecklist? ticked = null, string? error = null)
    {
        ArgumentNullException.ThrowIfNull(status);
        List<CardElement> body =
        [
            new AdaptiveCards.Elements.TextBlock(Name(status, language)) { Weight = TextWeight.Bolder, Wrap = true },
            DialogCard.Facts(
                (DialogTexts.Get("Anniversary", language), DialogTexts.Date(status.Anniversary, language)),
                (DialogTexts.Get("RenewalWindow", language), Range(status.Window.Start, status.Window.End, language)),
                (DialogTexts.Get("GracePeriodEnds", language), DialogTexts.Date(status.GracePeriodEnd, language)),
                (DialogTexts.Get("Status", language), PhaseText(status, language))),
        ];
        if (status.CovidExtendedThrough is { } covid)
        {
            body.Add(DialogCard.Paragraph(DialogTexts.Format("CovidExtended", language, DialogTexts.Date(covid, language)), ContainerStyle.Accent));
        }

        List<CardAction> actions = [];
        switch (status.Phase)
        {
            case RenewalPhase.Missed:
                body.Add(DialogCard.Paragraph(DialogTexts.Get("MissedWindow", language), ContainerStyle.Attention));
                actions.Add(DialogButton.Create(RenewalVerbs.Lapse, DialogTexts.Get("RecordLapsed", language), language, version, sendsInputs: false));
                break;
            case RenewalPhase.Upcoming:
                body.Add(DialogCard.Paragraph(DialogTexts.Get("PrepareRenewal", language)));
                body.AddRange(Checklist(status, language, ticked));
                break;
            default:
                body.AddRange(Checklist(status, language, ticked));
                actions.Add(DialogButton.Create(RenewalVerbs.Record, DialogTexts.Get("RecordRenewal", language), language, version, style: ActionStyle.Positive));
                break;
        }

        if (error is not null)
        {
            body.Add(DialogCard.Paragraph(error, ContainerStyle.Attention));
        }

        actions.Add(DialogButton.Cancel(RenewalVerbs.Prefix, language, version));
        return DialogCard.Create(language, DialogTexts.Get("RenewalTitle", language), body, actions);
    }

    private static IEnumerable<CardElement> Checklist(RenewalStatus status, string language, RenewalChecklist? ticked)
    {
        yield return new AdaptiveCards.Elements.TextBlock(DialogTexts.Get("ChecklistTitle", language)) { Weight = TextWeight.Bolder, Wrap = true };
        yield return Toggle(RenewalChecklist.ProfileReviewedInput, DialogTexts.Get("CheckProfile", language), ticked?.ProfileReviewed);
        if (status.IsCompetencyOffer)
        {
            yield return Toggle(RenewalChecklist.RequirementsMetInput, DialogTexts.Get("CheckRequirements", language), ticked?.RequirementsMet);
        }

        yield return Toggle(RenewalChecklist.FeePaidInput, DialogTexts.Format("CheckFee", language, Range(status.Window.Start, status.Window.End, language)), ticked?.FeePaid);
    }

    private static ToggleInput Toggle(string id, string title, bool? on) => new(id, title) { Value = on == true ? "true" : "false", Wrap = true };
}
