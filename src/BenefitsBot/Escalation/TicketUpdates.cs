using BenefitsBot.Storage.Tenants;

namespace BenefitsBot.Escalation;

/// <summary>Bookkeeping changes to a ticket (where it was posted, whether the asker was told): reapplied on a newer version when someone else wrote first.</summary>
internal static class TicketUpdates
{
    private const int MaxAttempts = 5;

    public static async Task<Versioned<Ticket>> ApplyAsync(ITenantRecordStore records, string tenantId, Versioned<Ticket> current, Func<Ticket, Ticket> change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await records.UpdateAsync(tenantId, change(current.Value), current.Version, cancellationToken);
            }
            catch (ConcurrencyConflictException) when (attempt < MaxAttempts)
            {
                current = await records.FindAsync<Ticket>(tenantId, current.Value.Id, cancellationToken)
                    ?? throw new InvalidOperationException($"Ticket {current.Value.Id} disappeared.");
            }
        }
    }
}
