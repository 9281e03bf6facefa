using BenefitsBot.Answering;
using BenefitsBot.Bot.Actions;
using BenefitsBot.Cards;
using BenefitsBot.Domain.Knowledge;
using BenefitsBot.Localization;
using BenefitsBot.Protocol.Activities;
using BenefitsBot.Protocol.Turns;
using BenefitsBot.Storage;
using Microsoft.Extensions.Logging;

namespace BenefitsBot.Bot;

/// <summary>The bot's turn logic: greetings, questions, card actions, and remembering conversations for later nudges.</summary>
public sealed partial class BenefitsBotHandler(
    IConversationReferenceStore references,
    QuestionAnswerer answerer,
    KnowledgeBaseStore knowledge,
    CardActionRouter cardActions,
    CommandRouter commands,
    ChoiceSearchRouter choiceSearch,
    Nudges.ITeamRegistry teams,
    Reporting.IQuestionLog questions,
    TimeProvider time,
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

        if (string.IsNullOrWhiteSpace(text))
        {
            // Action.Submit (the fallback of our Action.Execute buttons) arrives as a message with a value and no text.
            await OnSubmittedCardAsync(turn, cancellationToken);
            return;
        }

        if (commands.TryRun(turn.Activity, text, language, cancellationToken) is { } command)
        {
            await SendResultAsync(turn, await command, cancellationToken);
            return;
        }

        var answer = answerer.Answer(text, turn.Activity.UserLocale, UserClock.Today(turn.Activity, time));
        LogAnswered(logger, answer.Kind, answer.Entry?.Id, answer.QuestionLanguage);
        if (AnswerCards.Create(answer, knowledge.Current, text) is { } card)
        {
            await SendCardAsync(turn, card, cancellationToken);
        }
        else
        {
            await turn.SendTextAsync(AnswerText.Of(answer), cancellationToken);
        }

        // The outcome only (no text): it feeds the admin report.
        if (turn.Activity.TenantId is { Length: > 0 } tenant)
        {
            await questions.RecordAsync(Reporting.QuestionOutcome.Of(tenant, answer, time.GetUtcNow()), cancellationToken);
        }
    }

    private static Task<string?> SendCardAsync(TurnContext turn, AdaptiveCards.AdaptiveCard card, CancellationToken cancellationToken)
    {
        var reply = turn.Activity.CreateReply();
        reply.Attachments = [Attachment.AdaptiveCard(card.ToJsonElement())];
        return turn.SendActivityAsync(reply, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Answered: {Kind} {EntryId} ({Language})")]
    private static partial void LogAnswered(ILogger logger, BotAnswerKind kind, string? entryId, string language);
}
