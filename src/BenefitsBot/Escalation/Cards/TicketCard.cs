using System.Globalization;
using System.Text.Json.Nodes;
using BenefitsBot.AdaptiveCards;
using BenefitsBot.AdaptiveCards.Actions;
using BenefitsBot.AdaptiveCards.Elements;
using BenefitsBot.AdaptiveCards.Inputs;
using BenefitsBot.Localization;

namespace BenefitsBot.Escalation.Cards;

/// <summary>
/// The ticket as the admins' channel shows it: the question, who asked, the state, and what can be done next (take it;
/// then answer it, optionally into the knowledge base). The same card is returned to the admin who acted and put in
/// place of the channel message, so every viewer sees the current state.
/// </summary>
public static class TicketCard
{
    public const string AnswerInputId = "answer";
    public const string AddToKnowledgeInputId = "addToKb";
    public const int MaxAnswerLength = 4000;

    /// <param name="notice">A line for the admin who acted, e.g. "Kim took this ticket first."</param>
    public static AdaptiveCard Create(Ticket ticket, string language, string? notice = null)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var asker = ticket.AskerName ?? EscalationTexts.Get("TicketSomeone", language);
        var body = new List<CardElement>
        {
            new TextBlock(EscalationTexts.Format("TicketTitle", language, asker)) { Style = TextBlockStyle.Heading, Weight = TextWeight.Bolder, Wrap = true },
            new Container { Style = ContainerStyle.Emphasis, Items = [new TextBlock(ticket.Question) { Wrap = true }] },
            new FactSet { Facts = Facts(ticket, language) },
        };
        if (notice is not null)
        {
            body.Add(new TextBlock(notice) { Color = TextColor.Attention, Wrap = true });
        }

        if (ticket.State == TicketState.Open)
        {
            body.Add(Buttons(Button(TicketVerbs.Take, "TicketTake", ticket, language)));
        }
        else
        {
            body.AddRange(ticket.State == TicketState.Assigned ? AnswerForm(ticket, asker, language) : Resolution(ticket, asker, language));
        }
        return new AdaptiveCard
        {
            Lang = language,
            FallbackText = EscalationTexts.Format("TicketTitle", language, asker) + ": " + ticket.Question,
            // Automatic refresh for the assignee only; everyone else gets "Refresh card" and the in-place update of the message.
            Refresh = new CardRefresh { Action = new ExecuteAction(TicketVerbs.Refresh) { Data = Data(ticket, language) }, UserIds = ticket.AssigneeUserId is { } assignee ? [assignee] : [] },
            Body = body,
        };
    }

    private static List<Fact> Facts(Ticket ticket, string language) =>
    [
        new(EscalationTexts.Get("TicketFactId", language), ticket.ShortId),
        new(EscalationTexts.Get("TicketFactAsked", language), ticket.CreatedAt.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)),
        new(EscalationTexts.Get("TicketFactLanguage", language), BotTexts.LanguageName(ticket.Language, language)),
        new(EscalationTexts.Get("TicketFactState", language), StateText(ticket, language)),
    ];

    private static string StateText(Ticket ticket, string language) => ticket.State switch
    {
        TicketState.Open => EscalationTexts.Get("TicketState_Open", language),
        TicketState.Assigned => EscalationTexts.Format("TicketState_Assigned", language, ticket.AssigneeName ?? ticket.AssigneeObjectId ?? "?"),
        _ => EscalationTexts.Format("TicketState_Resolved", language, ticket.AnsweredByName ?? ticket.AssigneeName ?? "?"),
    };

    private static IEnumerable<CardElement> AnswerForm(Ticket ticket, string asker, string language)
    {
        yield return new TextInput(AnswerInputId)
        {
            Label = EscalationTexts.Format("TicketAnswerLabel", language, asker),
            IsMultiline = true,
            MaxLength = MaxAnswerLength,
            IsRequired = true,
            ErrorMessage = EscalationTexts.Get("TicketAnswerEmpty", language),
        };
        yield return new ToggleInput(AddToKnowledgeInputId, EscalationTexts.Get("TicketAddToKb", language)) { Value = "false", ValueOn = "true", ValueOff = "false", Wrap = true };
        yield return Buttons(Button(TicketVerbs.Answer, "TicketSendAnswer", ticket, language));
    }

    private static IEnumerable<CardElement> Resolution(Ticket ticket, string asker, string language)
    {
        yield return new TextBlock(EscalationTexts.Get("TicketAnswerHeading", language)) { Weight = TextWeight.Bolder, Separator = true };
        yield return new TextBlock(ticket.Answer ?? string.Empty) { Wrap = true };
        var outcome = new List<string> { EscalationTexts.Format(ticket.AskerNotified ? "TicketUserNotified" : "TicketUserNotReached", language, asker) };
        if (ticket.KnowledgeEntryId is { } entry)
        {
            outcome.Add(EscalationTexts.Format("TicketAddedToKb", language, entry));
            if (ticket.KnowledgeEntryUnreachable)
            {
                outcome.Add(EscalationTexts.Get("TicketKbUnreachable", language));
            }
        }
        else if (ticket.KnowledgeError is { } error)
        {
            outcome.Add(EscalationTexts.Format("TicketKbFailed", language, error));
        }

        yield return new TextBlock(string.Join(' ', outcome)) { Wrap = true, IsSubtle = true, Size = TextSize.Small };
    }

    private static ActionSet Buttons(CardAction action) => new() { Actions = [action] };

    private static ExecuteAction Button(string verb, string titleKey, Ticket ticket, string language) => new ExecuteAction(verb)
    {
        Title = EscalationTexts.Get(titleKey, language),
        Style = ActionStyle.Positive,
        Data = Data(ticket, language),
        AssociatedInputs = verb == TicketVerbs.Answer ? AssociatedInputs.Auto : null,
    }.WithSubmitFallback();

    private static JsonObject Data(Ticket ticket, string language) => new() { ["ticketId"] = ticket.Id, ["lang"] = language };
}
