using System.Text.Json;
using BenefitsBot.Protocol.Activities;

namespace BenefitsBot.Protocol.Connector;

/// <summary>Creating conversations and reading their members.</summary>
public sealed partial class ConnectorClient
{
    public async Task<ConversationResourceResponse> CreateConversationAsync(Uri serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken = default)
    {
        ConnectorPaths.CheckServiceUrl(serviceUrl, nameof(serviceUrl));
        ArgumentNullException.ThrowIfNull(parameters);
        var channelData = ReadChannelData(parameters.ChannelData);

        // Teams counts create-conversation against the thread: the channel for a new thread, the user for a 1:1 chat.
        var threadKey = channelData?.Channel?.Id ?? parameters.Members?.FirstOrDefault()?.Id ?? "create-conversation";
        var request = new ConnectorRequest(
            "CreateConversation",
            HttpMethod.Post,
            serviceUrl,
            ConnectorPaths.Conversations(serviceUrl),
            JsonSerializer.SerializeToUtf8Bytes(parameters, ActivityJsonContext.Default.ConversationParameters),
            channelData?.Channel?.Id,
            parameters.TenantId ?? channelData?.Tenant?.Id,
            threadKey);
        var created = await SendAsync(request, ActivityJsonContext.Default.ConversationResourceResponse, cancellationToken).ConfigureAwait(false);
        return created is { Id: not null } ? created : throw Invalid(request, "a conversation id");
    }

    public async Task<IReadOnlyList<ChannelAccount>> GetConversationMembersAsync(Uri serviceUrl, string conversationId, CancellationToken cancellationToken = default)
    {
        var request = ReadRequest("GetConversationMembers", serviceUrl, conversationId, ConnectorPaths.Members);
        var members = await SendAsync(request, ActivityJsonContext.Default.ListChannelAccount, cancellationToken).ConfigureAwait(false);
        return members ?? throw Invalid(request, "a member list");
    }

    public async Task<PagedMembersResult> GetConversationPagedMembersAsync(
        Uri serviceUrl,
        string conversationId,
        int? pageSize = null,
        string? continuationToken = null,
        CancellationToken cancellationToken = default)
    {
        var request = ReadRequest("GetConversationPagedMembers", serviceUrl, conversationId, (url, id) => ConnectorPaths.PagedMembers(url, id, pageSize, continuationToken));
        var page = await SendAsync(request, ActivityJsonContext.Default.PagedMembersResult, cancellationToken).ConfigureAwait(false);
        return page ?? throw Invalid(request, "a page of members");
    }

    public async Task<ChannelAccount> GetConversationMemberAsync(Uri serviceUrl, string conversationId, string memberId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(memberId);
        var request = ReadRequest("GetConversationMember", serviceUrl, conversationId, (url, id) => ConnectorPaths.Member(url, id, memberId));
        var member = await SendAsync(request, ActivityJsonContext.Default.ChannelAccount, cancellationToken).ConfigureAwait(false);
        return member ?? throw Invalid(request, "a member");
    }

    private static ConnectorRequest ReadRequest(string operation, Uri serviceUrl, string id, Func<Uri, string, Uri> path)
    {
        ConnectorPaths.CheckServiceUrl(serviceUrl, nameof(serviceUrl));
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return new ConnectorRequest(operation, HttpMethod.Get, serviceUrl, path(serviceUrl, id), null, id, null, null);
    }

    private static TeamsChannelData? ReadChannelData(JsonElement? channelData) =>
        channelData is { ValueKind: JsonValueKind.Object } ? TeamsChannelData.Read(channelData) : null;

    private static ConnectorException Invalid(ConnectorRequest request, string expected) =>
        new(ConnectorFailureKind.InvalidResponse, $"Connector {request.Operation} answered without {expected}.")
        { Operation = request.Operation, ConversationId = request.ConversationId, Attempts = 1 };
}
