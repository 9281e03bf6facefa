using System.Text.Json.Nodes;
using BenefitsBot.Domain.Knowledge;
using BenefitsBot.Domain.Rules;

namespace BenefitsBot.Answering;

/// <summary>The command line's JSON line for one answer: kind, entry, score, question_lang, answer_lang, suggestions, candidates, text, and rule (with rule_alternative when two rules fit alike) for date rules.</summary>
public static class AnswerJson
{
    public static JsonObject Of(BotAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var json = new JsonObject
        {
            ["kind"] = answer.Kind switch
            {
                BotAnswerKind.Faq => "faq",
                BotAnswerKind.Clarify => "clarify",
                BotAnswerKind.None => "none",
                _ => "rule",
            },
            ["entry"] = answer.Kind == BotAnswerKind.Faq ? EntryObject(answer.Entry!) : null,
            ["score"] = answer.Faq is { } faq ? Math.Round(faq.Score, 4) : 1.0,
            ["question_lang"] = answer.QuestionLanguage,
            ["answer_lang"] = answer.AnswerLanguage,
            ["suggestions"] = Suggestions(answer),
            ["candidates"] = Candidates(answer),
            ["text"] = AnswerText.Of(answer),
        };
        if (answer.Verdict is { } verdict)
        {
            json["rule"] = RuleVerdictJson.ToRuleObject(verdict);
        }

        if (answer.AlternativeVerdict is { } alternative)
        {
            json["rule_alternative"] = RuleVerdictJson.ToRuleObject(alternative);
        }

        return json;
    }

    private static JsonObject EntryObject(FaqEntry entry) => new()
    {
        ["id"] = entry.Id,
        ["question_en"] = entry.QuestionEn,
        ["article"] = entry.Article,
        ["anchor"] = entry.Anchor,
    };

    /// <summary>The FAQ's best five entries with their probabilities, whatever was decided (none for a computed date rule).</summary>
    private static JsonArray Candidates(BotAnswer answer) =>
        [.. (answer.Faq?.Candidates ?? []).Select(candidate => (JsonNode)new JsonObject
        {
            ["id"] = candidate.Entry.Id,
            ["question_en"] = candidate.Entry.QuestionEn,
            ["score"] = candidate.Score,
        })];

    private static JsonArray Suggestions(BotAnswer answer)
    {
        var array = new JsonArray();
        if (answer.Kind == BotAnswerKind.Clarify)
        {
            foreach (var suggestion in answer.Faq!.Suggestions)
            {
                array.Add(new JsonObject { ["id"] = suggestion.Entry.Id, ["question_en"] = suggestion.Entry.QuestionEn });
            }
        }

        return array;
    }
}
