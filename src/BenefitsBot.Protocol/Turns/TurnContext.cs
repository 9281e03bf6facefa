using System.Security.Claims;
using BenefitsBot.Protocol.Activities;

namespace BenefitsBot.Protocol.Turns;

/// <summary>One inbound activity being handled: what came in, who sent it (as authenticated), and the ways to answer.</summary>
public sealed class TurnContext(Activity activity, ClaimsIdentity identity, IActivitySender sender)
{
    public Activity Activity { get; } = activity;

    public ClaimsIdentity Identity { get; } = identity;

    /// <summary>Set by the bot to answer an invoke; an invoke left without one gets 501, as the Bot Framework SDK does.</summary>
    public InvokeResponse? InvokeResponse { get; set; }

    /// <summary>True once the bot sent anything in this turn.</summary>
    public bool Responded { get; private set; }

    /// <summary>Sends <paramref name="reply"/> into this turn's conversation, filling in the addressing fields left empty.</summary>
    public Task<string?> SendActivityAsync(Activity reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var template = Activity.CreateReply();
        reply.Type ??= ActivityTypes.Message;
        reply.Conversation ??= template.Conversation;
        reply.ServiceUrl ??= template.ServiceUrl;
        reply.ChannelId ??= template.ChannelId;
        reply.From ??= template.From;
        reply.Recipient ??= template.Recipient;
        reply.ReplyToId ??= template.ReplyToId;
        Responded = true;
        return sender.SendAsync(reply, cancellationToken);
    }

    public Task<string?> SendTextAsync(string text, CancellationToken cancellationToken) =>
        SendActivityAsync(Activity.CreateReply(text), cancellationToken);

    /// <summary>Replaces activity <paramref name="updated"/>.Id in this conversation.</summary>
    public Task UpdateActivityAsync(Activity updated, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(updated);
        ArgumentException.ThrowIfNullOrEmpty(updated.Id);
        updated.Type ??= ActivityTypes.Message;
        updated.Conversation ??= Activity.Conversation;
        updated.ServiceUrl ??= Activity.ServiceUrl;
        updated.ChannelId ??= Activity.ChannelId;
        Responded = true;
        return sender.UpdateAsync(updated, cancellationToken);
    }
}
