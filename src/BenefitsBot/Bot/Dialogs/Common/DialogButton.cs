using System.Text.Json.Nodes;
using BenefitsBot.AdaptiveCards;
using BenefitsBot.AdaptiveCards.Actions;
using BenefitsBot.Bot.Actions;
using BenefitsBot.Localization;

namespace BenefitsBot.Bot.Dialogs.Common;

/// <summary>Dialog buttons: Action.Execute (the card updates in place) with an Action.Submit fallback, carrying verb, language and state version.</summary>
public static class DialogButton
{
    /// <param name="data">The step's own values (e.g. an offer id); the language and state version are added.</param>
    /// <param name="sendsInputs">False for buttons that must not validate or send the card's inputs (cancel, back).</param>
    public static ExecuteAction Create(string verb, string title, string language, long stateVersion, JsonObject? data = null, ActionStyle? style = null, bool sendsInputs = true)
    {
        var payload = data?.DeepClone().AsObject() ?? [];
        payload[CardFlowData.Language] = language;
        payload[CardFlowData.StateVersion] = stateVersion;
        return new ExecuteAction(verb)
        {
            Title = title,
            Style = style,
            Data = payload,
            AssociatedInputs = sendsInputs ? null : AssociatedInputs.None,
        }.WithSubmitFallback();
    }

    /// <summary>The cancel button every step shows: verb <c>{dialog}.cancel</c>, sends no inputs so required fields do not block it.</summary>
    public static ExecuteAction Cancel(string dialog, string language, long stateVersion) =>
        Create(dialog + CardFlowPipeline.CancelSuffix, DialogTexts.Get("Cancel", language), language, stateVersion, style: ActionStyle.Destructive, sendsInputs: false);
}
