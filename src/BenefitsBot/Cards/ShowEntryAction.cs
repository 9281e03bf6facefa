using System.Text.Json.Nodes;
using BenefitsBot.AdaptiveCards.Actions;
using BenefitsBot.Domain.Knowledge;

namespace BenefitsBot.Cards;

/// <summary>A button that opens an entry's answer card; titled with the entry's question in the user's language where it exists.</summary>
public static class ShowEntryAction
{
    public static ExecuteAction For(FaqEntry entry, string userLanguage)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var title = (entry.Text(userLanguage) ?? entry.Text(FaqLanguages.English))?.Question ?? entry.QuestionEn;
        return new ExecuteAction(CardVerbs.ShowEntry)
        {
            Title = title.Length > 80 ? title[..77] + "..." : title,
            Data = new JsonObject { ["entryId"] = entry.Id, ["lang"] = userLanguage },
        }.WithSubmitFallback();
    }
}
