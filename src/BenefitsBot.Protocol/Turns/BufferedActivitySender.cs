using BenefitsBot.Protocol.Activities;

namespace BenefitsBot.Protocol.Turns;

/// <summary>Keeps a turn's replies in memory: used for <c>deliveryMode: expectReplies</c> (the replies go back in the HTTP response) and for the command line.</summary>
public sealed class BufferedActivitySender : IActivitySender
{
    private readonly List<Activity> sent = [];
    private int nextId;

    public IReadOnlyList<Activity> Sent => sent;

    public Task<string?> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        activity.Id ??= $"buffered-{Interlocked.Increment(ref nextId)}";
        sent.Add(activity);
        return Task.FromResult<string?>(activity.Id);
    }

    public Task UpdateAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        sent.Add(activity);
        return Task.CompletedTask;
    }
}
