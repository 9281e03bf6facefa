using BenefitsBot.Protocol.Activities;

namespace BenefitsBot.Protocol.Turns;

/// <summary>Where a turn's outgoing activities go: the Bot Connector for channel traffic, a buffer for <c>expectReplies</c> and the command line.</summary>
public interface IActivitySender
{
    /// <summary>Sends an activity into the conversation and returns the id the channel gave it.</summary>
    Task<string?> SendAsync(Activity activity, CancellationToken cancellationToken);

    /// <summary>Replaces an earlier activity (a card updated in place).</summary>
    Task UpdateAsync(Activity activity, CancellationToken cancellationToken);
}
