using BenefitsBot.Bot.Actions;
using BenefitsBot.Storage.Tenants;

namespace BenefitsBot.Bot.Dialogs;

/// <summary>
/// Where a user is in a dialog, per conversation, in the tenant store: any instance can continue a dialog another began.
/// Cards carry the state version; a stale version (a replayed card, or a second instance that got there first) fails with
/// <see cref="ConcurrencyConflictException"/> instead of overwriting.
/// </summary>
public sealed class DialogStateStore(ITenantRecordStore records)
{
    public Task<Versioned<DialogState>?> FindAsync(BotUser user, string conversationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        return records.FindAsync<DialogState>(user.TenantId, DialogState.IdFor(conversationId, user.ObjectId), cancellationToken);
    }

    /// <summary>Inserts when <paramref name="expectedVersion"/> is null, else updates from that version.</summary>
    public Task<Versioned<DialogState>> SaveAsync(BotUser user, DialogState state, long? expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(state);
        if (state.UserId != user.ObjectId)
        {
            throw new ArgumentException("A dialog state belongs to the user who is acting.", nameof(state));
        }

        return expectedVersion is { } version
            ? records.UpdateAsync(user.TenantId, state, version, cancellationToken)
            : records.InsertAsync(user.TenantId, state, cancellationToken);
    }

    /// <summary>Ends the dialog (finished or cancelled); nothing to do when none is open.</summary>
    public async Task ClearAsync(BotUser user, string conversationId, CancellationToken cancellationToken)
    {
        var current = await FindAsync(user, conversationId, cancellationToken);
        if (current is not null)
        {
            await records.DeleteAsync<DialogState>(user.TenantId, current.Value.RecordId, current.Version, cancellationToken);
        }
    }
}
