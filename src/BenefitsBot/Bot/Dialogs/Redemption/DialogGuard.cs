using System.Text.Json.Serialization.Metadata;
using BenefitsBot.Bot.Actions;
using BenefitsBot.Bot.Dialogs.Common;
using BenefitsBot.Graph;
using BenefitsBot.Localization;
using BenefitsBot.Storage.Tenants;

namespace BenefitsBot.Bot.Dialogs.Redemption;

/// <summary>What the redemption and assignment dialogs do alike around every press: the Graph retry card, the stale answer, cancel.</summary>
public static class DialogGuard
{
    /// <summary>Runs one press: Graph failures show the retry card (inputs carried); a version conflict (replay, second instance) changes nothing.</summary>
    /// <param name="dialog">The dialog's verb prefix.</param>
    /// <param name="command">The localized command that starts the dialog again.</param>
    public static async Task<CardActionResult> RunAsync(CardAction action, string dialog, string command, Func<Task<CardActionResult>> press)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(press);
        try
        {
            return await press();
        }
        catch (TenantDirectoryException failure)
        {
            return CardActionResult.Show(GraphRetryCard.Create(
                action.User.Language, dialog, action.Verb, DialogData.StateVersionOf(action) ?? 0, DialogInputs.Carry(action), failure));
        }
        catch (ConcurrencyConflictException)
        {
            return CardActionResult.Show(StaleCard.Create(action.User.Language, null, command));
        }
    }

    /// <summary>
    /// Ends the open dialog and says so. Cancelling touches only the caller's own dialog state, so it needs no role and works
    /// while Graph is down.
    /// </summary>
    public static async Task<CardActionResult> CancelAsync<T>(DialogSessions sessions, CardAction action, string dialogId, JsonTypeInfo<T> json, string cancelledText, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        ArgumentNullException.ThrowIfNull(action);
        var conversation = DialogSessions.ConversationOf(action.Activity);
        var open = await sessions.FindAsync(action.User, conversation, dialogId, json, cancellationToken);
        if (open is not null)
        {
            await sessions.EndAsync(action.User, conversation, open, cancellationToken);
        }

        var language = action.User.Language;
        return CardActionResult.Show(DialogCard.Message(language, DialogTexts.Get("CancelledTitle", language), cancelledText));
    }
}
