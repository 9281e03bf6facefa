using System.Text.Json.Nodes;
using BenefitsBot.AdaptiveCards;
using BenefitsBot.AdaptiveCards.Actions;
using BenefitsBot.AdaptiveCards.Elements;
using BenefitsBot.Domain.Knowledge;
using BenefitsBot.Localization;

namespace BenefitsBot.Cards;

/// <summary>An entry's answer: the question as heading, answer blocks (steps as lists, notes highlighted), related questions, "Learn more" and "Was this helpful?".</summary>
public static class FaqAnswerCard
{
    /// <param name="entry">The entry answered.</param>
    /// <param name="answerLanguage">The language of the text shown (the user's where the articles have it).</param>
    /// <param name="userLanguage">The user's language, for the bot's own words and the "Learn more" locale.</param>
    /// <param name="knowledge">Resolves related entries.</param>
    /// <param name="feedbackGiven">Replaces the yes/no buttons with a thank-you once the user answered.</param>
    /// <param name="offerDateRule">The question was a date question without a date: offer to compute it.</param>
    /// <param name="question">The user's words: carried by "No" so that the "Ask your admins" box that follows is prefilled.</param>
    public static AdaptiveCard Create(FaqEntry entry, string answerLanguage, string userLanguage, KnowledgeBase knowledge, bool? feedbackGiven = null, bool offerDateRule = false, string? question = null)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var text = entry.Text(answerLanguage) ?? entry.Text(FaqLanguages.English) ?? entry.Texts.Values.First();
        var body = new List<CardElement> { new TextBlock(text.Question) { Style = TextBlockStyle.Heading, Size = TextSize.Medium, Weight = TextWeight.Bolder, Wrap = true } };
        if (text.Language != userLanguage)
        {
            var note = BotTexts.Format("AnswerInOtherLanguage", userLanguage, BotTexts.LanguageName(text.Language, userLanguage));
            body.Add(new TextBlock(note) { IsSubtle = true, Wrap = true, Size = TextSize.Small });
        }

        body.AddRange(AnswerBlocks.Render(text.Answer));
        if (offerDateRule)
        {
            body.Add(new TextBlock(BotTexts.Get("DateHint", userLanguage)) { Wrap = true, Color = TextColor.Accent });
        }

        // After "No", picking a related entry answers the user's question: it carries the question (a suggestion for the admins).
        body.AddRange(RelatedQuestions(entry, userLanguage, knowledge, feedbackGiven == false ? question : null));
        body.AddRange(Feedback(entry, userLanguage, feedbackGiven, question));
        if (feedbackGiven == false)
        {
            body.AddRange(Escalation.Cards.AskAdminsSection.Create(userLanguage, question ?? text.Question, entry.Id));
        }
        return new AdaptiveCard
        {
            Lang = text.Language,
            FallbackText = text.AnswerText,
            Body = body,
            Actions = [new OpenUrlAction(new Uri(entry.ArticleUrl(userLanguage))) { Title = BotTexts.Get("LearnMore", userLanguage) }],
        };
    }

    private static IEnumerable<CardElement> RelatedQuestions(FaqEntry entry, string userLanguage, KnowledgeBase knowledge, string? unansweredQuestion)
    {
        var related = entry.Related.Select(knowledge.Find).OfType<FaqEntry>().Take(3).ToList();
        return related.Count == 0
            ? []
            :
            [
                new TextBlock(BotTexts.Get("RelatedQuestions", userLanguage)) { Weight = TextWeight.Bolder, Separator = true, Wrap = true },
                .. EntryLinkList.Create(related, userLanguage, unansweredQuestion, ShowEntryAction.FromNotHelpful),
            ];
    }

    private static IEnumerable<CardElement> Feedback(FaqEntry entry, string userLanguage, bool? feedbackGiven, string? question)
    {
        if (feedbackGiven is { } helpful)
        {
            yield return new TextBlock(BotTexts.Get(helpful ? "ThanksHelpful" : "ThanksNotHelpful", userLanguage)) { Separator = true, Wrap = true, IsSubtle = true };
            yield break;
        }

        yield return new TextBlock(BotTexts.Get("WasThisHelpful", userLanguage)) { Separator = true, Wrap = true };
        yield return new ActionSet { Actions = [FeedbackAction(entry, userLanguage, true, null), FeedbackAction(entry, userLanguage, false, question)] };
    }

    private static ExecuteAction FeedbackAction(FaqEntry entry, string userLanguage, bool helpful, string? question) => new ExecuteAction(CardVerbs.Feedback)
    {
        Title = BotTexts.Get(helpful ? "Yes" : "No", userLanguage),
        Data = question is null
            ? new JsonObject { ["entryId"] = entry.Id, ["lang"] = userLanguage, ["helpful"] = helpful }
            : new JsonObject { ["entryId"] = entry.Id, ["lang"] = userLanguage, ["helpful"] = helpful, ["question"] = question },
    }.WithSubmitFallback();
}
