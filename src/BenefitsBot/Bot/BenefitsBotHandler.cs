using BenefitsBot.Answering;
using BenefitsBot.Bot.Actions;
using BenefitsBot.Cards;
using BenefitsBot.Localization;
using BenefitsBot.Protocol.Activities;
using BenefitsBot.Protocol.Diagnostics;
using BenefitsBot.Reporting;
using BenefitsBot.Protocol.Turns;
using BenefitsBot.Storage;
using BenefitsBot.Storage.Questions;
using Microsoft.Extensions.Logging;

namespace BenefitsBot.Bot;

/// <summary>
/// The bot's turn logic: greetings, questions, card actions, and remembering conversations for later nudges. What is
/// remembered (conversation, team, question outcome) is stored through <see cref="Bookkeeping.TurnBookkeeping"/> (the outcome
/// after the reply), so a storage outage never costs the user the answer.
/// </summary>
public sealed partial class BenefitsBotHandler(
    IConversationReferenceStore references,
    QuestionAnswerer answerer,
    CardFlowPipeline flows,
    ChoiceSearchRouter choiceSearch,
    ITeamRegistry teams,
    IQuestionLog questions,
    Bookkeeping.TurnBookkeeping bookkeeping,
    SampleDataNotice sampleNotice,
    TimeProvider time,
    BotTelemetry telemetry,
    ILogger<BenefitsBotHandler> logger) : TeamsActivityHandler
{
    public override async Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);

        // Before the turn, since a command may need them (`tickets here` posts through the channel's reference), but bounded
        // by the bookkeeping's wait and retried in the background: a store outage delays a turn by seconds, never fails it.
        await bookkeeping.RunAsync("conversation and team", ct => RememberConversationAsync(turn.Activity, ct));
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

        if (flows.TryCommand(turn.Activity, text, language, cancellationToken) is { } command)
        {
            await SendResultAsync(turn, await command, cancellationToken);
            return;
        }

        // The tenant's own knowledge (its admins' answers and accepted alternates) on top of the shared articles.
        var tenantId = turn.Activity.TenantId is { Length: > 0 } tenant ? tenant : null;
        var answer = await AnswerAsync(turn, text, tenantId, cancellationToken);
        if (AnswerCards.Create(answer, answer.Knowledge, text) is { } card)
        {
            await SendCardAsync(turn, card, cancellationToken);
        }
        else
        {
            await turn.SendTextAsync(AnswerText.Of(answer), cancellationToken);
        }

        // The outcome only (no text): it feeds the admin report.
        if (tenantId is not null)
        {
            var outcome = QuestionOutcomes.Of(tenantId, answer, time.GetUtcNow());
            await bookkeeping.RunAsync("question outcome", ct => questions.RecordAsync(outcome, ct));
        }
    }

    /// <summary>The answer, under an "answer" span and counted by outcome and language (no text in either).</summary>
    private async Task<BotAnswer> AnswerAsync(TurnContext turn, string text, string? tenantId, CancellationToken cancellationToken)
    {
        using var span = BotTelemetry.Source.StartActivity("answer");
        var answer = await answerer.AnswerAsync(text, turn.Activity.UserLocale, tenantId, UserClock.Today(turn.Activity, time), cancellationToken);
        var outcome = QuestionOutcomes.KindOf(answer).ToTag();
        span?.SetTag("outcome", outcome);
        span?.SetTag("language", answer.QuestionLanguage);
        telemetry.Answered(outcome, answer.QuestionLanguage);
        LogAnswered(logger, answer.Kind, answer.Entry?.Id, answer.QuestionLanguage);
        return answer;
    }

    /// <summary>Every card this bot sends in a turn, as a new message or as an invoke's answer, leaves through here or <see cref="InvokeCard"/>.</summary>
    private Task<string?> SendCardAsync(TurnContext turn, AdaptiveCards.AdaptiveCard card, CancellationToken cancellationToken)
    {
        var reply = turn.Activity.CreateReply();
        reply.Attachments = [Attachment.AdaptiveCard(sampleNotice.Mark(card).ToJsonElement())];
        return turn.SendActivityAsync(reply, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Answered: {Kind} {EntryId} ({Language})")]
    private static partial void LogAnswered(ILogger logger, BotAnswerKind kind, string? entryId, string language);
}
