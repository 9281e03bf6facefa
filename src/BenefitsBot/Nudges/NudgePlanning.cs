using BenefitsBot.Storage.Nudges;
using Microsoft.Extensions.Logging;

namespace BenefitsBot.Nudges;

/// <summary>Plans every tenant's due nudges into the outbox. Safe to run on every instance at once: rows are keyed.</summary>
public sealed partial class NudgePlanning(INudgeSources sources, INudgeOutbox outbox, TimeProvider time, ILogger<NudgePlanning> logger)
{
    /// <summary>Rows written per transaction.</summary>
    private const int ChunkSize = 500;

    public async Task<PlanningResult> PlanAllAsync(CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var chunk = new List<PlannedNudge>(ChunkSize);
        int tenants = 0, due = 0, inserted = 0;
        await foreach (var data in sources.ReadAllAsync(cancellationToken))
        {
            tenants++;
            var planned = NudgePlanner.Plan(data, today);
            due += planned.Count;
            chunk.AddRange(planned);
            if (chunk.Count >= ChunkSize)
            {
                inserted += await outbox.EnqueueAsync(chunk, time.GetUtcNow(), cancellationToken);
                chunk.Clear();
            }
        }

        inserted += await outbox.EnqueueAsync(chunk, time.GetUtcNow(), cancellationToken);
        LogPlanned(logger, tenants, due, inserted);
        return new PlanningResult(tenants, due, inserted);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Planned nudges: {Tenants} tenant(s), {Due} due, {Inserted} new")]
    private static partial void LogPlanned(ILogger logger, int tenants, int due, int inserted);
}

/// <summary>Tenants read, nudges due today, and how many of those were new to the outbox.</summary>
public sealed record PlanningResult(int Tenants, int Due, int Inserted);
