using BenefitsBot.Protocol.Activities;

namespace BenefitsBot.Protocol.Connector;

/// <summary>Messages the bot starts: to a stored conversation, a new 1:1 chat, or a new thread in a channel.</summary>
public interface IProactiveMessenger
{
    /// <summary>Posts <paramref name="activity"/> to the stored conversation (its serviceUrl, conversation, bot and tenant are stamped on the activity).</summary>
    Task<ResourceResponse> SendAsync(ConversationReference reference, Activity activity, CancellationToken cancellationToken = default);

    /// <summary>Creates (or gets) the 1:1 chat with <paramref name="userId"/> (<c>29:…</c>), taking serviceUrl, tenant and bot from any reference in the same tenant.</summary>
    Task<ConversationResourceResponse> CreatePersonalConversationAsync(ConversationReference anyReferenceInTenant, string userId, CancellationToken cancellationToken = default);

    /// <summary>Creates (or gets) the 1:1 chat between the bot (<c>28:…</c>) and the user (<c>29:…</c>).</summary>
    Task<ConversationResourceResponse> CreatePersonalConversationAsync(Uri serviceUrl, string tenantId, string botId, string userId, CancellationToken cancellationToken = default);

    /// <summary>Starts a new thread in a channel with <paramref name="activity"/>; the result's id is <c>&lt;channelId&gt;;messageid=&lt;activityId&gt;</c>.</summary>
    Task<ConversationResourceResponse> CreateChannelThreadAsync(Uri serviceUrl, string tenantId, string teamId, string channelId, Activity activity, CancellationToken cancellationToken = default);
}
