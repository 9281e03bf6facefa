using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using BenefitsBot.Bot.Actions;
using BenefitsBot.Protocol.Activities;
using BenefitsBot.Storage.Tenants;

namespace BenefitsBot.Bot.Dialogs.Common;

/// <summary>
/// Typed dialog state over <see cref="DialogStateStore"/>: one open dialog per user and conversation. Every change names the
/// version it starts from, so a replayed card or a second instance pressing the same step fails with
/// <see cref="ConcurrencyConflictException"/> instead of acting twice.
/// </summary>
public sealed class DialogSessions(DialogStateStore store, ITenantRecordStore records)
{
    public static string ConversationOf(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Conversation?.Id ?? string.Empty;
    }

    /// <summary>The open dialog <paramref name="dialogId"/>, or null when none (or another dialog) is open.</summary>
    public async Task<DialogStep<T>?> FindAsync<T>(BotUser user, string conversationId, string dialogId, JsonTypeInfo<T> json, CancellationToken cancellationToken)
    {
        var stored = await store.FindAsync(user, conversationId, cancellationToken);
        return stored is null || stored.Value.DialogId != dialogId ? null : ToStep(stored, json);
    }

    /// <summary>Opens <paramref name="dialogId"/> at <paramref name="step"/>, replacing whatever dialog was open in the conversation.</summary>
    public async Task<DialogStep<T>> StartAsync<T>(BotUser user, string conversationId, string dialogId, int step, T state, JsonTypeInfo<T> json, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var record = new DialogState(conversationId, user.ObjectId, dialogId, step, JsonSerializer.Serialize(state, json));
        var open = await store.FindAsync(user, conversationId, cancellationToken);
        return ToStep(await store.SaveAsync(user, record, open?.Version, cancellationToken), json);
    }

    /// <summary>Moves from <paramref name="from"/> to the next step; throws <see cref="ConcurrencyConflictException"/> when <paramref name="from"/> is stale.</summary>
    public async Task<DialogStep<T>> AdvanceAsync<T>(BotUser user, string conversationId, DialogStep<T> from, int step, T state, JsonTypeInfo<T> json, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(from);
        var record = new DialogState(conversationId, user.ObjectId, from.DialogId, step, JsonSerializer.Serialize(state, json));
        return ToStep(await store.SaveAsync(user, record, from.Version, cancellationToken), json);
    }

    /// <summary>Closes the dialog (finished or cancelled) if it is still at <paramref name="from"/>; throws <see cref="ConcurrencyConflictException"/> otherwise.</summary>
    public Task EndAsync<T>(BotUser user, string conversationId, DialogStep<T> from, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(from);
        return records.DeleteAsync<DialogState>(user.TenantId, DialogState.IdFor(conversationId, user.ObjectId), from.Version, cancellationToken);
    }

    private static DialogStep<T> ToStep<T>(Versioned<DialogState> stored, JsonTypeInfo<T> json) =>
        new(stored.Value.DialogId, stored.Value.Step, JsonSerializer.Deserialize(stored.Value.StateJson, json)
            ?? throw new JsonException($"Dialog {stored.Value.DialogId} has no state."), stored.Version);
}
