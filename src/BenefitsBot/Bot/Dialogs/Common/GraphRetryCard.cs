using System.Text.Json.Nodes;
using BenefitsBot.AdaptiveCards;
using BenefitsBot.Graph;
using BenefitsBot.Localization;

namespace BenefitsBot.Bot.Dialogs.Common;

/// <summary>"Microsoft Graph is not answering": the dialog waits; the retry button carries back everything the user entered.</summary>
public static class GraphRetryCard
{
    /// <param name="retryVerb">The verb that failed; pressing Retry sends it again with <paramref name="inputs"/>.</param>
    /// <param name="dialog">The dialog's verb prefix, for the cancel button; null outside a dialog (no cancel button).</param>
    /// <param name="stateVersion">The dialog state version the failed press carried (nothing changed, so it is still current).</param>
    public static AdaptiveCard Create(string language, string? dialog, string retryVerb, long stateVersion, JsonObject inputs, TenantDirectoryException failure)
    {
        var retry = DialogButton.Create(retryVerb, DialogTexts.Get("Retry", language), language, stateVersion, inputs, ActionStyle.Positive, sendsInputs: false);
        return DialogCard.Create(
            language,
            DialogTexts.Get("GraphDownTitle", language),
            [DialogCard.Paragraph(Explain(failure, language), ContainerStyle.Warning)],
            dialog is null ? [retry] : [retry, DialogButton.Cancel(dialog, language, stateVersion)]);
    }

    /// <summary>What went wrong in words an admin can act on (a 403 names the missing permission).</summary>
    public static string Explain(TenantDirectoryException failure, string language)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return failure.Kind switch
        {
            TenantDirectoryErrorKind.Forbidden => DialogTexts.Format("GraphForbidden", language, failure.MissingPermission ?? failure.GraphErrorCode ?? "?"),
            TenantDirectoryErrorKind.AuthenticationFailed => DialogTexts.Get("GraphNoSignIn", language),
            TenantDirectoryErrorKind.NotConfigured => DialogTexts.Get("GraphNotConfigured", language),
            TenantDirectoryErrorKind.Throttled => DialogTexts.Get("GraphThrottled", language),
            _ => DialogTexts.Get("GraphDown", language),
        };
    }
}
