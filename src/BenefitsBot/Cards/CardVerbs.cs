namespace BenefitsBot.Cards;

/// <summary>The Action.Execute verbs our cards carry; the bot refuses any other.</summary>
public static class CardVerbs
{
    /// <summary>Show an entry's answer card. Data: entryId, lang; question and from when the pick answers the user's question (a suggestion).</summary>
    public const string ShowEntry = "faq.show";

    /// <summary>"Was this helpful?" Data: entryId, lang, helpful (bool).</summary>
    public const string Feedback = "faq.feedback";
}
