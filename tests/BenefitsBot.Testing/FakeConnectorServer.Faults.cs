namespace BenefitsBot.Testing;

/// <summary>Programmed failures: the next N matching requests get an error answer instead of the real one.</summary>
public sealed partial class FakeConnectorServer
{
    private readonly List<PendingFault> faults = [];

    /// <summary>
    /// Answers the next <paramref name="times"/> requests that match <paramref name="when"/> (all when null) with <paramref name="fault"/>.
    /// Use <see cref="int.MaxValue"/> for a lasting failure (a bot removed from a team).
    /// </summary>
    public void InjectFault(ConnectorFault fault, int times = 1, Func<RecordedRequest, bool>? when = null)
    {
        ArgumentNullException.ThrowIfNull(fault);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(times);
        lock (gate)
        {
            faults.Add(new PendingFault(fault, when ?? (_ => true)) { Remaining = times });
        }
    }

    private ConnectorFault? TakeFault(RecordedRequest request)
    {
        lock (gate)
        {
            var pending = faults.FirstOrDefault(f => f.Remaining > 0 && f.When(request));
            if (pending is null)
            {
                return null;
            }

            pending.Remaining--;
            return pending.Fault;
        }
    }

    private sealed record PendingFault(ConnectorFault Fault, Func<RecordedRequest, bool> When)
    {
        public int Remaining { get; set; }
    }
}
