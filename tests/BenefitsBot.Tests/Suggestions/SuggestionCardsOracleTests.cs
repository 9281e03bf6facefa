using BenefitsBot.Cards;
using BenefitsBot.Domain.Knowledge;
using BenefitsBot.Knowledge;
using BenefitsBot.Localization;
using BenefitsBot.Suggestions;
using BenefitsBot.Suggestions.Cards;
using BenefitsBot.Testing.Turns;
using BenefitsBot.Tests.Cards;
using Xunit.Abstractions;

namespace BenefitsBot.Tests.Suggestions;

/// <summary>The suggestion loop's cards, in every state and language, checked by the official Adaptive Cards parser (1.5, strict).</summary>
public sealed class SuggestionCardsOracleTests(ITestOutputHelper output)
{
    private static readonly KnowledgeBase Knowledge = KnowledgeBase.Load(ShippedContent.ArticlesFolder);

    [Fact]
    public async Task SuggestionCards_ValidateWithOfficialParser_AtVersion15()
    {
        var entry = Knowledge.Entries[0];
        var waiting = Enum.GetValues<SuggestionSource>().Select((source, i) => Sample(entry.Id, source, i)).Append(Sample("gone/entry", SuggestionSource.ClarifyPick, 9)).ToList();
        var cards = new List<(string Name, string Json)>();
        foreach (var language in UserLanguage.All)
        {
            var counts = new SuggestionCounts(waiting.Count, 2, 1);
            cards.Add(($"suggestions-{language}", SuggestionsCard.Create(waiting, counts, Knowledge, language).ToJson()));
            cards.Add(($"suggestions-accepted-{language}", SuggestionsCard.Create(waiting, counts, Knowledge, language, SuggestionTexts.Format("SuggestionAcceptedNotice", language, "who pays?")).ToJson()));
            cards.Add(($"suggestions-already-{language}", SuggestionsCard.Create(waiting, counts, Knowledge, language, SuggestionTexts.Format("SuggestionAlreadyRejected", language, "Megan Bowen")).ToJson()));
            cards.Add(($"suggestions-empty-{language}", SuggestionsCard.Create([], new SuggestionCounts(0, 0, 0), Knowledge, language, SuggestionTexts.Get("SuggestionRejectedNotice", language)).ToJson()));
            cards.Add(($"suggestions-many-{language}", SuggestionsCard.Create([.. Enumerable.Range(0, 14).Select(i => Sample(entry.Id, SuggestionSource.ClarifyPick, i))], counts, Knowledge, language).ToJson()));
            cards.Add(($"clarify-question-{language}", ClarifyCard.Create([.. Knowledge.Entries.Take(3).Select(e => new FaqSuggestion(e, 0.4))], language, "how do azure credit and visual studio work together?").ToJson()));
            cards.Add(($"faq-picked-{language}", FaqAnswerCard.Create(entry, FaqLanguages.English, language, Knowledge, question: "how do azure credit and visual studio work together?").ToJson()));
        }

        await CardOracleAssert.AllValidForTeamsAsync(cards, output);
    }

    [Fact]
    public void SuggestionsCard_MoreThanFitWaiting_ShowsTheFirstTenWithBothButtonsAndSaysHowMany()
    {
        var entry = Knowledge.Entries[0];
        var waiting = Enumerable.Range(0, 14).Select(i => Sample(entry.Id, SuggestionSource.ClarifyPick, i)).ToList();

        var card = System.Text.Json.JsonDocument.Parse(SuggestionsCard.Create(waiting, new SuggestionCounts(14, 0, 0), Knowledge, "en").ToJson()).RootElement;

        Assert.Equal(SuggestionsCard.MaxShown, CardButtons.Of(card, SuggestionVerbs.Accept).Count);
        Assert.Equal(SuggestionsCard.MaxShown, CardButtons.Of(card, SuggestionVerbs.Reject).Count);
        Assert.Contains("Showing 10 of 14 waiting suggestions", TurnHarness.TextOf(card), StringComparison.Ordinal);
        Assert.Contains(entry.Text("en")?.Question ?? entry.QuestionEn, TurnHarness.TextOf(card), StringComparison.Ordinal);
    }

    private static AlternateSuggestion Sample(string entryId, SuggestionSource source, int i) =>
        new($"0192f0c4a1b27c3d8e9f0011223344{i:D2}", entryId, UserLanguage.All[i % 4], $"Question number {i} about <b>Azure</b> credits & keys?", source, SuggestionState.Pending, DateTimeOffset.UnixEpoch) { Times = i + 1 };
}
