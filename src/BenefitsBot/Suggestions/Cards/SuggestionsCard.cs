using System.Globalization;
using System.Text.Json.Nodes;
using BenefitsBot.AdaptiveCards;
using BenefitsBot.AdaptiveCards.Actions;
using BenefitsBot.AdaptiveCards.Elements;
using BenefitsBot.Domain.Knowledge;
using BenefitsBot.Localization;

namespace BenefitsBot.Suggestions.Cards;

/// <summary>
/// The admins' card of suggested questions: each waiting question with the entry someone chose for it, how it was chosen,
/// and Accept / Reject; the counts so far, and a line for what the last press did.
/// </summary>
public static class SuggestionsCard
{
    public const int MaxShown = 10;

    /// <param name="waiting">The pending suggestions, in the order to show them.</param>
    /// <param name="knowledge">The tenant's knowledge base: names each suggestion's entry.</param>
    /// <param name="notice">What the last press did, e.g. "Accepted…".</param>
    public static AdaptiveCard Create(IReadOnlyList<AlternateSuggestion> waiting, SuggestionCounts counts, KnowledgeBase knowledge, string language, string? notice = null)
    {
        ArgumentNullException.ThrowIfNull(waiting);
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(knowledge);
        var body = new List<CardElement>
        {
            new TextBlock(SuggestionTexts.Get("SuggestionsTitle", language)) { Style = TextBlockStyle.Heading, Size = TextSize.Medium, Weight = TextWeight.Bolder, Wrap = true },
            new TextBlock(SuggestionTexts.Get("SuggestionsIntro", language)) { Wrap = true, IsSubtle = true },
        };
        if (notice is not null)
        {
            body.Add(new TextBlock(notice) { Wrap = true, Color = TextColor.Good });
        }

        body.Add(new FactSet
        {
            Facts =
            [
                Count("SuggestionsWaiting", counts.Pending, language),
                Count("SuggestionsAccepted", counts.Accepted, language),
                Count("SuggestionsRejected", counts.Rejected, language),
            ],
        });
        body.AddRange(waiting.Count == 0
            ? [new TextBlock(SuggestionTexts.Get("SuggestionsNone", language)) { Wrap = true, Separator = true }]
            : waiting.Take(MaxShown).Select(s => Suggestion(s, knowledge, language)));
        if (waiting.Count > MaxShown)
        {
            body.Add(new TextBlock(SuggestionTexts.Format("SuggestionsMore", language, MaxShown, waiting.Count)) { Wrap = true, IsSubtle = true });
        }

        return new AdaptiveCard
        {
            Lang = language,
            FallbackText = SuggestionTexts.Get("SuggestionsTitle", language),
            Body = body,
            Actions = [Button(SuggestionVerbs.List, "SuggestionsRefresh", language, new JsonObject { ["lang"] = language }, null)],
        };
    }

    private static Fact Count(string key, int value, string language) =>
        new(SuggestionTexts.Get(key, language), value.ToString(UserLanguage.Culture(language)));

    private static Container Suggestion(AlternateSuggestion suggestion, KnowledgeBase knowledge, string language)
    {
        var entry = knowledge.Find(suggestion.EntryId);
        var answer = (entry?.Text(language) ?? entry?.Text(FaqLanguages.English))?.Question ?? suggestion.EntryId;
        var how = string.Join(" · ",
            SuggestionTexts.Get("SuggestionFrom_" + suggestion.Source, language),
            BotTexts.LanguageName(suggestion.Language, language),
            SuggestionTexts.Format("SuggestionTimes", language, suggestion.Times.ToString(CultureInfo.InvariantCulture)));
        var data = new JsonObject { ["suggestionId"] = suggestion.Id, ["lang"] = language };
        return new Container
        {
            Separator = true,
            Items =
            [
                new Container { Style = ContainerStyle.Emphasis, Items = [new TextBlock(suggestion.Question ?? string.Empty) { Wrap = true, Weight = TextWeight.Bolder }] },
                new TextBlock(SuggestionTexts.Format("SuggestionAnswer", language, answer)) { Wrap = true },
                new TextBlock(how) { Wrap = true, IsSubtle = true, Size = TextSize.Small },
                new ActionSet
                {
                    Actions =
                    [
                        Button(SuggestionVerbs.Accept, "SuggestionAccept", language, data, ActionStyle.Positive),
                        Button(SuggestionVerbs.Reject, "SuggestionReject", language, data.DeepClone().AsObject(), ActionStyle.Destructive),
                    ],
                },
            ],
        };
    }

    private static ExecuteAction Button(string verb, string titleKey, string language, JsonObject data, ActionStyle? style) => new ExecuteAction(verb)
    {
        Title = SuggestionTexts.Get(titleKey, language),
        Style = style,
        Data = data,
    }.WithSubmitFallback();
}
