namespace BenefitsBot.Escalation;

/// <summary>The <c>ticket.*</c> card verbs.</summary>
public static class TicketVerbs
{
    public const string Prefix = "ticket.";

    /// <summary>A user sends a question to the admins. Data: lang, question (input), entryId (optional: the unhelpful entry).</summary>
    public const string Create = "ticket.create";

    /// <summary>An admin takes a ticket. Data: ticketId, lang.</summary>
    public const string Take = "ticket.take";

    /// <summary>An admin answers. Data: ticketId, lang, answer (input), addToKb ("true"/"false" toggle).</summary>
    public const string Answer = "ticket.answer";

    /// <summary>The card's refresh: the ticket as it is now. Data: ticketId, lang.</summary>
    public const string Refresh = "ticket.refresh";

    /// <summary>"tickets here" typed in a team channel: it becomes the admins' channel. Audited under this name.</summary>
    public const string Channel = "ticket.channel";
}
