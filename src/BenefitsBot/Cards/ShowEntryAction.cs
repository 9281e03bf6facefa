using System.Text.Json.Nodes;
using BenefitsBot.AdaptiveCards.Actions;
using BenefitsBot.Domain.Knowledge;

namespace BenefitsBot.Cards;

/// <summary>The action that opens an entry's answer card; titled with the entry's question in the user's language where it exists.</summary>
public static class ShowEntryAction
{
    /// <summary>The data field with the user's own question, when picking the entry answers it.</summary>
    public const string QuestionField = "question";

    /// <summary>The data field saying where the pick was made: <see cref="FromClarify"/> or <see cref="FromNotHelpful"/>.</summary>
    public const string FromField = "from";

    /// <summary>A choice on a clarify card ("Did you mean…?").</summary>
    public const string FromClarify = "clarify";

    /// <summary>Another entry picked after "Was this helpful? No".</summary>
    public const string FromNotHelpful = "notHelpful";

    /// <param name="question">The user's question this pick answers (made a suggested alternate for the tenant); null for plain browsing.</param>
    /// <param name="from"><see cref="FromClarify"/> or <see cref="FromNotHelpful"/>, with <paramref name="question"/>.</param>
    public static ExecuteAction For(FaqEntry entry, string userLanguage, string? question = null, string? from = null)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var data = new JsonObject { ["entryId"] = entry.Id, ["lang"] = userLanguage };
        if (question is not null && from is not null)
        {
            data[QuestionField] = question;
            data[FromField] = from;
        }

        return new ExecuteAction(CardVerbs.ShowEntry)
        {
            Title = TitleOf(entry, userLanguage),
            Data = data,
        }.WithSubmitFallback();
    }

    /// <summary>The entry's question in the user's language, else in English.</summary>
    public static string TitleOf(FaqEntry entry, string userLanguage)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return (entry.Text(userLanguage) ?? entry.Text(FaqLanguages.English))?.Question ?? entry.QuestionEn;
    }
}
