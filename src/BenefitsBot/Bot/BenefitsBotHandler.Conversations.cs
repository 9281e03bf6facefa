using BenefitsBot.Protocol.Activities;
using BenefitsBot.Protocol.Turns;
using Microsoft.Extensions.Logging;

namespace BenefitsBot.Bot;

/// <summary>Installation and membership events: remember where the bot may post, forget where it was removed.</summary>
public sealed partial class BenefitsBotHandler
{
    private const int MaxRememberedReferences = 10_000;

    /// <summary>Conversation id → serviceUrl last written by this instance.</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> savedReferences = new(StringComparer.Ordinal);

    protected override async Task OnInstallationUpdateAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var activity = turn.Activity;
        if (activity.Action is "remove" or "remove-upgrade" && activity.TenantId is { } tenant && activity.Conversation?.Id is { } conversation)
        {
            await ForgetConversationAsync(tenant, conversation);
        }
    }

    protected override async Task OnConversationUpdateAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var activity = turn.Activity;
        var botId = activity.Recipient?.Id;
        var botRemoved = activity.MembersRemoved?.Any(m => m.Id == botId) == true;
        if (botRemoved && activity.TenantId is { } tenant && activity.Conversation?.Id is { } conversation)
        {
            await ForgetConversationAsync(tenant, conversation);
            return;
        }

        // Welcome a user once, in the 1:1 chat, when the bot was added there.
        var botAdded = activity.MembersAdded?.Any(m => m.Id == botId) == true;
        if (botAdded && activity.IsPersonalConversation)
        {
            var language = Localization.UserLanguage.FromLocale(activity.UserLocale);
            await SendCardAsync(turn, Cards.WelcomeCard.Create(language), cancellationToken);
        }
    }

    /// <summary>The bot was removed: no more nudges there (bookkeeping: retried in the background when the store is down).</summary>
    private Task ForgetConversationAsync(string tenant, string conversation)
    {
        savedReferences.TryRemove(conversation, out _);
        LogRemoved(logger, conversation);
        return bookkeeping.RunAsync("inactive conversation", ct => references.MarkInactiveAsync(tenant, conversation, ct));
    }

    private async Task RememberConversationAsync(Activity activity, CancellationToken cancellationToken)
    {
        // Teams the bot is installed in, and their channels, for the nudge channel (Nudges/TeamRegistry).
        await teams.ObserveAsync(activity, cancellationToken);
        if (activity.TenantId is null || activity.Type is not (ActivityTypes.Message or ActivityTypes.ConversationUpdate or ActivityTypes.InstallationUpdate))
        {
            return;
        }

        if (activity.Action is "remove" or "remove-upgrade" || activity.MembersRemoved?.Any(m => m.Id == activity.Recipient?.Id) == true)
        {
            return;
        }

        // Messages repeat the same reference turn after turn; write it only when it is new or its serviceUrl moved.
        var reference = activity.GetConversationReference();
        if (activity.Type == ActivityTypes.Message && savedReferences.TryGetValue(reference.ConversationId, out var saved) && saved == reference.ServiceUrl)
        {
            return;
        }

        await references.SaveAsync(reference, cancellationToken);
        if (savedReferences.Count > MaxRememberedReferences)
        {
            savedReferences.Clear();
        }

        savedReferences[reference.ConversationId] = reference.ServiceUrl;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Bot removed from conversation {ConversationId}; its reference is now inactive")]
    private static partial void LogRemoved(ILogger logger, string conversationId);
}
