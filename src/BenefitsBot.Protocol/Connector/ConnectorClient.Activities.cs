using System.Text.Json;
using BenefitsBot.Protocol.Activities;

namespace BenefitsBot.Protocol.Connector;

/// <summary>Sending, replying to, updating and deleting activities.</summary>
public sealed partial class ConnectorClient
{
    public async Task<ResourceResponse> SendToConversationAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        var (serviceUrl, conversationId) = Target(activity);
        var request = ActivityRequest("SendToConversation", HttpMethod.Post, serviceUrl, ConnectorPaths.Activities(serviceUrl, conversationId), activity, conversationId);
        return await SendAsync(request, ActivityJsonContext.Default.ResourceResponse, cancellationToken).ConfigureAwait(false) ?? new ResourceResponse();
    }

    public async Task<ResourceResponse> ReplyToActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        var (serviceUrl, conversationId) = Target(activity);
        var replyToId = Required(activity.ReplyToId, "activity.replyToId");
        var uri = ConnectorPaths.Activity(serviceUrl, conversationId, replyToId);
        var request = ActivityRequest("ReplyToActivity", HttpMethod.Post, serviceUrl, uri, activity, conversationId);
        return await SendAsync(request, ActivityJsonContext.Default.ResourceResponse, cancellationToken).ConfigureAwait(false) ?? new ResourceResponse();
    }

    public async Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        var (serviceUrl, conversationId) = Target(activity);
        var activityId = Required(activity.Id, "activity.id");
        var uri = ConnectorPaths.Activity(serviceUrl, conversationId, activityId);
        var request = ActivityRequest("UpdateActivity", HttpMethod.Put, serviceUrl, uri, activity, conversationId);
        return await SendAsync(request, ActivityJsonContext.Default.ResourceResponse, cancellationToken).ConfigureAwait(false) ?? new ResourceResponse { Id = activityId };
    }

    public async Task DeleteActivityAsync(Uri serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken = default)
    {
        ConnectorPaths.CheckServiceUrl(serviceUrl, nameof(serviceUrl));
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        ArgumentException.ThrowIfNullOrWhiteSpace(activityId);
        var uri = ConnectorPaths.Activity(serviceUrl, conversationId, activityId);
        var request = new ConnectorRequest("DeleteActivity", HttpMethod.Delete, serviceUrl, uri, null, conversationId, null, conversationId);
        await SendAsync<ResourceResponse>(request, null, cancellationToken).ConfigureAwait(false);
    }

    private static (Uri ServiceUrl, string ConversationId) Target(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return (ConnectorPaths.ParseServiceUrl(activity.ServiceUrl, "activity.serviceUrl"), Required(activity.Conversation?.Id, "activity.conversation.id"));
    }

    private static string Required(string? value, string name) =>
        string.IsNullOrWhiteSpace(value) ? throw new ArgumentException($"{name} is required.", name) : value;

    private static ConnectorRequest ActivityRequest(string operation, HttpMethod method, Uri serviceUrl, Uri uri, Activity activity, string conversationId) =>
        new(operation, method, serviceUrl, uri, JsonSerializer.SerializeToUtf8Bytes(activity, ActivityJsonContext.Default.Activity), conversationId, activity.TenantId, conversationId);
}
