using BenefitsBot.Domain.Dates;
using BenefitsBot.Domain.Knowledge;
using BenefitsBot.Domain.Knowledge.Text;
using BenefitsBot.Domain.Rules;

namespace BenefitsBot.Answering;

/// <summary>Routes a question to the date rules when it gives a date they compute from, else to the knowledge base.</summary>
public sealed class QuestionAnswerer(
    KnowledgeBaseStore knowledge,
    DateRecognizer dates,
    RuleQuestionInterpreter interpreter,
    BenefitRules rules)
{
    private FaqIndex? faq;

    /// <param name="text">The user's question, @mentions removed.</param>
    /// <param name="clientLocale">The Teams client's locale; the question's own language wins when it is clear.</param>
    /// <param name="today">"Today" for relative dates and days-left; the rules' clock when null.</param>
    public BotAnswer Answer(string text, string? clientLocale, DateOnly? today = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var day = today ?? rules.Today;
        var language = LanguageDetector.DetectClear(text) ?? FaqLanguages.FromLocale(clientLocale) ?? FaqLanguages.English;
        var mentions = dates.Recognize(text, language, day);
        var ruleQuestion = interpreter.Interpret(text, language, mentions);
        if (ruleQuestion is { NeedsDate: false })
        {
            return new BotAnswer(BotAnswerKind.Rule, language, language, RuleQuestion: ruleQuestion, Verdict: rules.Evaluate(ruleQuestion, day));
        }

        // A date question without a date has nothing to compute: it stays an FAQ question (the answer card of a rule's article
        // offers to compute the date).
        var result = CurrentFaqAnswerer().Ask(text, clientLocale);
        var kind = result.Kind switch
        {
            FaqResultKind.Answer => BotAnswerKind.Faq,
            FaqResultKind.Clarify => BotAnswerKind.Clarify,
            _ => BotAnswerKind.None,
        };
        return new BotAnswer(kind, result.QuestionLanguage, result.AnswerLanguage, Faq: result, RuleQuestion: ruleQuestion);
    }

    /// <summary>The answerer for the knowledge base in use; rebuilt once after an import swapped it.</summary>
    private FaqAnswerer CurrentFaqAnswerer()
    {
        var current = knowledge.Current;
        var cached = Volatile.Read(ref faq);
        if (cached is not null && ReferenceEquals(cached.Base, current))
        {
            return cached.Answerer;
        }

        var built = new FaqIndex(current, new FaqAnswerer(current));
        Volatile.Write(ref faq, built);
        return built.Answerer;
    }

    private sealed record FaqIndex(KnowledgeBase Base, FaqAnswerer Answerer);
}
