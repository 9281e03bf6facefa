using BenefitsBot.AdaptiveCards;
using BenefitsBot.Localization;

namespace BenefitsBot.Bot.Dialogs.Common;

/// <summary>The answer to a replayed or outdated card: nothing is done twice; the user sees where the dialog is now.</summary>
public static class StaleCard
{
    /// <param name="currentStep">The dialog's current step card, or null when the dialog has ended (finished or cancelled).</param>
    /// <param name="command">The command that starts the dialog again, e.g. "setup".</param>
    public static AdaptiveCard Create(string language, AdaptiveCard? currentStep, string command) =>
        currentStep is null
            ? DialogCard.Message(language, DialogTexts.Get("StaleTitle", language), DialogTexts.Format("StaleEnded", language, command), ContainerStyle.Warning)
            : DialogCard.WithNotice(currentStep, DialogTexts.Get("StaleCurrent", language));
}
