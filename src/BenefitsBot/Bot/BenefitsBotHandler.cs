using BenefitsBot.Cards;
using BenefitsBot.Localization;
using BenefitsBot.Protocol.Activities;
using BenefitsBot.Protocol.Turns;
using BenefitsBot.Storage;
using Microsoft.Extensions.Logging;

namespace BenefitsBot.Bot;

/// <summary>The bot's turn logic: greetings, questions, card actions, and remembering conversations for later nudges.</summary>
public sealed partial class BenefitsBotHandler(
    IConversationReferenceStore references,
    ILogger<BenefitsBotHandler> logger) : TeamsActivityHandler
{
    public override async Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        await RememberConversationAsync(turn.Activity, cancellationToken);
        await base.OnTurnAsync(turn, cancellationToken);
    }

    protected override async Task OnMessageAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var text = turn.Activity.GetTextWithoutBotMention();
        var language = UserLanguage.FromLocale(turn.Activity.UserLocale);
        if (Greetings.TryMatch(text, out var greetingLanguage))
        {
            await SendCardAsync(turn, WelcomeCard.Create(greetingLanguage ?? language), cancellationToken);
            return;
        }

        await turn.SendTextAsync(BotTexts.Get("EmptyMessage", language), cancellationToken);
    }

    private static Task<string?> SendCardAsync(TurnContext turn, AdaptiveCards.AdaptiveCard card, CancellationToken cancellationToken)
    {
        var reply = turn.Activity.CreateReply();
        reply.Attachments = [Attachment.AdaptiveCard(card.ToJsonElement())];
        return turn.SendActivityAsync(reply, cancellationToken);
    }
}
