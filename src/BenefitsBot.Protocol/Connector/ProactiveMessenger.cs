using System.Text.Json;
using BenefitsBot.Protocol.Activities;

namespace BenefitsBot.Protocol.Connector;

/// <summary>Proactive messages over <see cref="IConnectorClient"/>, shaped as Teams documents them (send-proactive-messages.md).</summary>
public sealed class ProactiveMessenger(IConnectorClient client) : IProactiveMessenger
{
    public Task<ResourceResponse> SendAsync(ConversationReference reference, Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(activity);
        activity.Type ??= ActivityTypes.Message;
        activity.ServiceUrl = reference.ServiceUrl;
        activity.ChannelId ??= reference.ChannelId;
        activity.Conversation = new ConversationAccount { Id = reference.ConversationId, ConversationType = reference.ConversationType, TenantId = reference.TenantId };
        activity.From ??= reference.BotId is null ? null : new ChannelAccount { Id = reference.BotId };
        if (reference.ConversationType == "personal" && reference.UserId is not null)
        {
            activity.Recipient ??= new ChannelAccount { Id = reference.UserId };
        }

        return client.SendToConversationAsync(activity, cancellationToken);
    }

    public Task<ConversationResourceResponse> CreatePersonalConversationAsync(ConversationReference anyReferenceInTenant, string userId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(anyReferenceInTenant);
        return CreatePersonalConversationAsync(
            ConnectorPaths.ParseServiceUrl(anyReferenceInTenant.ServiceUrl, nameof(anyReferenceInTenant)),
            anyReferenceInTenant.TenantId ?? throw new ArgumentException("The reference has no tenant id.", nameof(anyReferenceInTenant)),
            anyReferenceInTenant.BotId ?? throw new ArgumentException("The reference has no bot id.", nameof(anyReferenceInTenant)),
            userId,
            cancellationToken);
    }

    public async Task<ConversationResourceResponse> CreatePersonalConversationAsync(Uri serviceUrl, string tenantId, string botId, string userId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        ArgumentException.ThrowIfNullOrWhiteSpace(botId);
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        var parameters = new ConversationParameters
        {
            IsGroup = false,
            Bot = new ChannelAccount { Id = botId },
            Members = [new ChannelAccount { Id = userId }],
            TenantId = tenantId,
            ChannelData = ChannelData(new TeamsChannelData { Tenant = new TeamsIdentity { Id = tenantId } }),
        };
        return WithServiceUrl(await client.CreateConversationAsync(serviceUrl, parameters, cancellationToken).ConfigureAwait(false), serviceUrl);
    }

    public async Task<ConversationResourceResponse> CreateChannelThreadAsync(Uri serviceUrl, string tenantId, string teamId, string channelId, Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        ArgumentException.ThrowIfNullOrWhiteSpace(teamId);
        ArgumentException.ThrowIfNullOrWhiteSpace(channelId);
        ArgumentNullException.ThrowIfNull(activity);
        activity.Type ??= ActivityTypes.Message;
        var parameters = new ConversationParameters
        {
            IsGroup = true,
            Bot = activity.From,
            TenantId = tenantId,
            Activity = activity,
            ChannelData = ChannelData(new TeamsChannelData
            {
                Channel = new TeamsIdentity { Id = channelId },
                Team = new TeamsTeamInfo { Id = teamId },
                Tenant = new TeamsIdentity { Id = tenantId },
                TeamsChannelId = channelId,
                TeamsTeamId = teamId,
            }),
        };
        return WithServiceUrl(await client.CreateConversationAsync(serviceUrl, parameters, cancellationToken).ConfigureAwait(false), serviceUrl);
    }

    private static JsonElement ChannelData(TeamsChannelData data) => JsonSerializer.SerializeToElement(data, ActivityJsonContext.Default.TeamsChannelData);

    // The connector may omit serviceUrl; the conversation lives where it was created.
    private static ConversationResourceResponse WithServiceUrl(ConversationResourceResponse created, Uri serviceUrl)
    {
        created.ServiceUrl ??= serviceUrl.AbsoluteUri;
        return created;
    }
}
