using BenefitsBot.Protocol.Activities;

namespace BenefitsBot.Protocol.Connector;

/// <summary>
/// The Bot Connector REST API as a Teams bot uses it. Each call goes to the given (or the activity's) serviceUrl.
/// Failures surface as <see cref="ConnectorException"/> after retries.
/// </summary>
public interface IConnectorClient
{
    /// <summary><c>POST v3/conversations/{activity.conversation.id}/activities</c> at <c>activity.serviceUrl</c>.</summary>
    Task<ResourceResponse> SendToConversationAsync(Activity activity, CancellationToken cancellationToken = default);

    /// <summary><c>POST v3/conversations/{conversation.id}/activities/{activity.replyToId}</c>.</summary>
    Task<ResourceResponse> ReplyToActivityAsync(Activity activity, CancellationToken cancellationToken = default);

    /// <summary><c>PUT v3/conversations/{conversation.id}/activities/{activity.id}</c>: replaces an activity the bot sent.</summary>
    Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default);

    /// <summary><c>DELETE v3/conversations/{conversationId}/activities/{activityId}</c>.</summary>
    Task DeleteActivityAsync(Uri serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken = default);

    /// <summary><c>POST v3/conversations</c>: a 1:1 chat with a user, or a new thread in a channel.</summary>
    Task<ConversationResourceResponse> CreateConversationAsync(Uri serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken = default);

    /// <summary><c>GET v3/conversations/{conversationId}/members</c> (deprecated by Teams for large teams; prefer the paged call).</summary>
    Task<IReadOnlyList<ChannelAccount>> GetConversationMembersAsync(Uri serviceUrl, string conversationId, CancellationToken cancellationToken = default);

    /// <summary><c>GET v3/conversations/{conversationId}/pagedmembers?pageSize=&amp;continuationToken=</c>.</summary>
    Task<PagedMembersResult> GetConversationPagedMembersAsync(
        Uri serviceUrl,
        string conversationId,
        int? pageSize = null,
        string? continuationToken = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>GET v3/conversations/{conversationId}/members/{memberId}</c>.</summary>
    Task<ChannelAccount> GetConversationMemberAsync(Uri serviceUrl, string conversationId, string memberId, CancellationToken cancellationToken = default);

    /// <summary><c>GET v3/teams/{teamId}</c>.</summary>
    Task<TeamDetails> GetTeamDetailsAsync(Uri serviceUrl, string teamId, CancellationToken cancellationToken = default);

    /// <summary><c>GET v3/teams/{teamId}/conversations</c>: the team's channels.</summary>
    Task<ConversationList> GetTeamChannelsAsync(Uri serviceUrl, string teamId, CancellationToken cancellationToken = default);
}
