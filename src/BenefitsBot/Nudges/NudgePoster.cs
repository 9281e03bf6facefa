using BenefitsBot.Bot;
using BenefitsBot.Localization;
using BenefitsBot.Protocol.Activities;
using BenefitsBot.Protocol.Connector;
using BenefitsBot.Storage;
using BenefitsBot.Storage.Nudges;
using Microsoft.Extensions.Logging;

namespace BenefitsBot.Nudges;

/// <summary>
/// Posts one nudge: a new thread in the tenant's nudge channel, or a 1:1 chat with the employee (created, or got back if it
/// exists). A 403/404 marks where it was going inactive (team or chat), so the next settings card shows it.
/// </summary>
public sealed partial class NudgePoster(IProactiveMessenger messenger, IConversationReferenceStore references, ITeamRegistry teams, ILogger<NudgePoster> logger)
{
    public async Task<PostOutcome> PostAsync(NudgeDelivery delivery, TenantNudgeData data, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        ArgumentNullException.ThrowIfNull(data);
        var content = NudgeContent.For(delivery.Nudge, data);
        return delivery.Nudge.RecipientObjectId is { } recipient
            ? await PostPersonalAsync(content, data, recipient, today, cancellationToken)
            : await PostToChannelAsync(content, data, today, cancellationToken);
    }

    private async Task<PostOutcome> PostToChannelAsync(NudgeContent content, TenantNudgeData data, DateOnly today, CancellationToken cancellationToken)
    {
        if (NudgeChannel.Resolve(data) is not { } channel)
        {
            return PostOutcome.Failure("no-channel");
        }

        var activity = NudgeMessage.Create(content, today, data.Settings.Language, channel.Team.BotId);
        try
        {
            var thread = await messenger.CreateChannelThreadAsync(new Uri(channel.Team.ServiceUrl), data.TenantId, channel.Team.TeamId, channel.ChannelId, activity, cancellationToken);
            return PostOutcome.Success(thread.Id!, thread.ActivityId);
        }
        catch (ConnectorException ex) when (ex.IsRecipientUnavailable)
        {
            await teams.MarkInactiveAsync(data.TenantId, channel.Team.TeamId, Describe(ex), CancellationToken.None);
            await references.MarkInactiveAsync(data.TenantId, channel.ChannelId, CancellationToken.None);
            return PostOutcome.Failure(Describe(ex));
        }
        catch (ConnectorException ex)
        {
            return Failed(ex);
        }
    }

    private async Task<PostOutcome> PostPersonalAsync(NudgeContent content, TenantNudgeData data, string recipient, DateOnly today, CancellationToken cancellationToken)
    {
        var known = await references.ListActiveAsync(data.TenantId, cancellationToken);
        var chat = known.FirstOrDefault(r => r.ConversationType is null or "personal" && r.UserEntraObjectId == recipient && r.UserId is not null);
        var via = chat ?? known.FirstOrDefault(r => r.BotId is not null);
        var team = data.Teams.FirstOrDefault(t => t.Active && t.BotId is not null);
        var serviceUrl = via?.ServiceUrl ?? team?.ServiceUrl;
        var botId = via?.BotId ?? team?.BotId;
        if (serviceUrl is null || botId is null)
        {
            return PostOutcome.Failure("no-conversation");
        }

        // Teams accepts the Entra object id as the member when the app is installed for the user; a known 29: id is surer.
        var member = chat?.UserId ?? recipient;
        var language = chat?.Locale is { } locale ? UserLanguage.FromLocale(locale) : data.Settings.Language;
        try
        {
            var created = await messenger.CreatePersonalConversationAsync(new Uri(serviceUrl), data.TenantId, botId, member, cancellationToken);
            var reference = new ConversationReference("msteams", created.ServiceUrl ?? serviceUrl, created.Id!, "personal", data.TenantId, null, null, member, recipient, botId, chat?.Locale);
            var sent = await messenger.SendAsync(reference, NudgeMessage.Create(content, today, language, botId), cancellationToken);
            return PostOutcome.Success(created.Id!, sent.Id);
        }
        catch (ConnectorException ex) when (ex.IsRecipientUnavailable)
        {
            if (chat is not null)
            {
                await references.MarkInactiveAsync(data.TenantId, chat.ConversationId, CancellationToken.None);
            }

            return PostOutcome.Failure(Describe(ex));
        }
        catch (ConnectorException ex)
        {
            return Failed(ex);
        }
    }

    private PostOutcome Failed(ConnectorException ex)
    {
        LogConnectorFailure(logger, ex.Operation, ex.StatusCode, ex.ErrorCode, ex.Attempts);
        return ex.IsTransient ? PostOutcome.Transient(Describe(ex), ex.RetryAfter) : PostOutcome.Failure(Describe(ex));
    }

    /// <summary>Status and the connector's error code, e.g. <c>403 BotNotInConversationRoster</c>; never message text.</summary>
    private static string Describe(ConnectorException ex) =>
        ex.StatusCode is { } status ? $"{(int)status} {ex.ErrorCode ?? ex.Kind.ToString()}" : ex.Kind.ToString();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Connector {Operation} failed for a nudge: {Status} {ErrorCode} after {Attempts} attempt(s)")]
    private static partial void LogConnectorFailure(ILogger logger, string? operation, System.Net.HttpStatusCode? status, string? errorCode, int attempts);
}
