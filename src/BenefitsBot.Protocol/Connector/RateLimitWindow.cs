namespace BenefitsBot.Protocol.Connector;

/// <summary>At most <see cref="PermitLimit"/> requests in any span of <see cref="Window"/>.</summary>
public sealed class RateLimitWindow
{
    public RateLimitWindow()
    {
    }

    public RateLimitWindow(int permitLimit, TimeSpan window)
    {
        PermitLimit = permitLimit;
        Window = window;
    }

    public int PermitLimit { get; set; }

    public TimeSpan Window { get; set; }

    public override string ToString() => $"{PermitLimit}/{Window}";
}
