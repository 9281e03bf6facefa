using BenefitsBot.Knowledge;
using System.Text.Json;
using BenefitsBot.Answering;
using BenefitsBot.Cards;
using BenefitsBot.Domain.Dates;
using BenefitsBot.Domain.Knowledge;
using BenefitsBot.Domain.Rules;
using BenefitsBot.Evaluation;
using BenefitsBot.Localization;
using BenefitsBot.Testing;
using BenefitsBot.Storage.Knowledge;
using BenefitsBot.Storage.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Xunit.Abstractions;

namespace BenefitsBot.Tests.Cards;

/// <summary>Every card the bot sends, for every entry and language, checked by the official Adaptive Cards parser (schema 1.5, strict).</summary>
public sealed class BotCardsOracleTests(ITestOutputHelper output)
{
    [Fact]
    public async Task AllBotCards_ValidateWithOfficialParser_AtVersion15()
    {
        var knowledge = KnowledgeBase.Load(ShippedContent.ArticlesFolder);
        var cards = new List<(string Name, string Json)>();
        foreach (var language in UserLanguage.All)
        {
            cards.Add(($"welcome-{language}", WelcomeCard.Create(language).ToJson()));
            cards.Add(($"none-{language}", NoAnswerCard.Create(language).ToJson()));
            cards.Add(($"clarify-{language}", ClarifyCard.Create([.. knowledge.Entries.Take(3).Select(e => new FaqSuggestion(e, 0.5))], language).ToJson()));
            foreach (var entry in knowledge.Entries)
            {
                var shown = entry.Text(language) is not null ? language : FaqLanguages.English;
                cards.Add(($"faq-{entry.Id}-{language}", FaqAnswerCard.Create(entry, shown, language, knowledge, offerDateRule: true).ToJson()));
            }
        }

        cards.AddRange(await RuleCardsAsync(knowledge));

        await CardOracleAssert.AllValidForTeamsAsync(cards, output);
    }

    [Fact]
    public void FaqAnswerCard_EntryWithoutUsersLanguage_SaysWhichLanguageInUsersLanguage()
    {
        var knowledge = KnowledgeBase.Load(ShippedContent.ArticlesFolder);
        var entry = knowledge.Entries.First(e => e.Text(FaqLanguages.Dutch) is null && e.Text(FaqLanguages.English) is not null);

        var card = FaqAnswerCard.Create(entry, FaqLanguages.English, FaqLanguages.Dutch, knowledge).ToJson();

        Assert.Contains("alleen in het Engels", card, StringComparison.Ordinal);
        Assert.Contains("learn.microsoft.com/nl-nl/", card, StringComparison.Ordinal);
    }

    /// <summary>Rule cards for the kinds the dev set's date questions reach, in each question's language.</summary>
    private static async Task<IEnumerable<(string, string)>> RuleCardsAsync(KnowledgeBase knowledge)
    {
        // Shared knowledge only: the tenant store is never opened.
        using var answerers = new TenantAnswerers(new KnowledgeBaseStore(knowledge), new BenefitsBot.Storage.Knowledge.SqlTenantKnowledgeStore(new SqliteDatabase("Data Source=:memory:")), Options.Create(new KnowledgeOptions()), TimeProvider.System, NullLogger<TenantAnswerers>.Instance);
        var answerer = new QuestionAnswerer(answerers, new DateRecognizer(), new RuleQuestionInterpreter(), new BenefitRules(TimeProvider.System));
        var lines = await File.ReadAllLinesAsync(Path.Combine(RepoPaths.SharedDirectory, "eval", "dates-dev.jsonl"));
        var cards = new List<(string, string)>();
        foreach (var line in lines.Where(l => l.Length > 0))
        {
            var question = JsonDocument.Parse(line).RootElement;
            var answer = answerer.Answer(question.GetProperty("text").GetString()!, question.GetProperty("lang").GetString(), new DateOnly(2026, 11, 22));
            if (answer.Verdict is not null)
            {
                cards.Add(($"rule-{cards.Count}-{answer.QuestionLanguage}", RuleCard.Create(answer.Verdict, answer.QuestionLanguage).ToJson()));
            }
        }

        // The choice card for two rules that fit alike, in each language.
        var tie = answerer.Answer("we got the tokens on Nov 1 2026, can we renew them?", "en", new DateOnly(2026, 11, 22));
        foreach (var language in RuleTexts.Languages)
        {
            cards.Add(($"rule-choice-{language}", RuleCard.Choice(tie.Verdict!, tie.AlternativeVerdict!, language).ToJson()));
        }

        Assert.True(cards.Count > 50, $"only {cards.Count} rule answers from the dev set");
        return cards;
    }
}
