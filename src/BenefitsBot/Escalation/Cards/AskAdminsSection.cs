using System.Text.Json.Nodes;
using BenefitsBot.AdaptiveCards;
using BenefitsBot.AdaptiveCards.Actions;
using BenefitsBot.AdaptiveCards.Elements;
using BenefitsBot.AdaptiveCards.Inputs;
using BenefitsBot.Localization;

namespace BenefitsBot.Escalation.Cards;

/// <summary>"Ask your admins": the question in an editable box (the user may reword it) and the button that makes a ticket.</summary>
public static class AskAdminsSection
{
    /// <summary>The input id; its value arrives in the action data under this name.</summary>
    public const string QuestionInputId = "question";

    public const int MaxQuestionLength = 1000;

    /// <param name="question">The user's question, prefilled; null leaves the box empty.</param>
    /// <param name="entryId">The entry the user found unhelpful, if any.</param>
    public static IEnumerable<CardElement> Create(string language, string? question, string? entryId = null)
    {
        var data = new JsonObject { ["lang"] = language };
        if (entryId is not null)
        {
            data["entryId"] = entryId;
        }

        yield return new TextBlock(EscalationTexts.Get("AskAdminsTitle", language)) { Weight = TextWeight.Bolder, Separator = true, Wrap = true };
        yield return new TextInput(QuestionInputId)
        {
            Label = EscalationTexts.Get("AskAdminsLabel", language),
            Value = question is { Length: > MaxQuestionLength } ? question[..MaxQuestionLength] : question,
            IsMultiline = true,
            MaxLength = MaxQuestionLength,
            IsRequired = true,
            ErrorMessage = EscalationTexts.Get("AskAdminsEmpty", language),
        };
        yield return new ActionSet
        {
            Actions =
            [
                new ExecuteAction(TicketVerbs.Create)
                {
                    Title = EscalationTexts.Get("AskAdminsButton", language),
                    Data = data,
                    AssociatedInputs = AssociatedInputs.Auto,
                }.WithSubmitFallback(),
            ],
        };
    }
}
