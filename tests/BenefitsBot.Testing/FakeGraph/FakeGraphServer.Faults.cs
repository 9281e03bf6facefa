namespace BenefitsBot.Testing.FakeGraph;

/// <summary>Programmed failures: the next N matching requests get a fault instead of the real answer.</summary>
public sealed partial class FakeGraphServer
{
    private readonly List<PendingFault> faults = [];

    /// <summary>Answers the next <paramref name="times"/> requests that match <paramref name="when"/> (all when null) with <paramref name="fault"/>.</summary>
    public void InjectFault(FakeGraphFault fault, int times = 1, Func<FakeGraphRequest, bool>? when = null)
    {
        ArgumentNullException.ThrowIfNull(fault);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(times);
        lock (gate)
        {
            faults.Add(new PendingFault(fault, when ?? (_ => true)) { Remaining = times });
        }
    }

    private FakeGraphFault? TakeFault(FakeGraphRequest request)
    {
        lock (gate)
        {
            var pending = faults.Find(f => f.Remaining > 0 && f.When(request));
            if (pending is null)
            {
                return null;
            }

            pending.Remaining--;
            return pending.Fault;
        }
    }

    private sealed record PendingFault(FakeGraphFault Fault, Func<FakeGraphRequest, bool> When)
    {
        public int Remaining { get; set; }
    }
}
