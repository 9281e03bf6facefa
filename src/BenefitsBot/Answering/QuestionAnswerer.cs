using BenefitsBot.Domain;
using BenefitsBot.Domain.Dates;
using BenefitsBot.Domain.Knowledge;
using BenefitsBot.Domain.Knowledge.Text;
using BenefitsBot.Domain.Rules;
using BenefitsBot.Knowledge;

namespace BenefitsBot.Answering;

/// <summary>Routes a question to the date rules when it gives a date they compute from, else to the knowledge base.</summary>
public sealed class QuestionAnswerer(
    TenantAnswerers knowledge,
    DateRecognizer dates,
    RuleQuestionInterpreter interpreter,
    BenefitRules rules)
{
    /// <summary>Answers from the shared knowledge base only (the command line: no tenant).</summary>
    /// <param name="text">The user's question, @mentions removed; only its first <see cref="QuestionText.MaxAnalyzedLength"/> characters are read.</param>
    /// <param name="clientLocale">The Teams client's locale; the question's own language wins when it is clear.</param>
    /// <param name="today">"Today" for relative dates and days-left; the rules' clock when null.</param>
    public BotAnswer Answer(string text, string? clientLocale, DateOnly? today = null) =>
        Answer(text, clientLocale, knowledge.Shared(), today);

    /// <summary>Answers for <paramref name="tenantId"/>: the shared articles plus what its admins added; shared only when null.</summary>
    public async Task<BotAnswer> AnswerAsync(string text, string? clientLocale, string? tenantId, DateOnly? today, CancellationToken cancellationToken) =>
        Answer(text, clientLocale, await knowledge.ForTenantAsync(tenantId, cancellationToken), today);

    private BotAnswer Answer(string text, string? clientLocale, FaqAnswerer faq, DateOnly? today)
    {
        ArgumentNullException.ThrowIfNull(text);

        // Cut before any analysis: the cost of a turn stays bounded whatever was pasted.
        text = QuestionText.Cut(text);
        var day = today ?? rules.Today;
        var language = LanguageDetector.DetectClear(text) ?? FaqLanguages.FromLocale(clientLocale) ?? FaqLanguages.English;
        var mentions = dates.Recognize(text, language, day);
        var ruleQuestion = interpreter.Interpret(text, language, mentions, day);
        if (ruleQuestion is { NeedsDate: false })
        {
            return new BotAnswer(BotAnswerKind.Rule, language, language, RuleQuestion: ruleQuestion, Verdict: rules.Evaluate(ruleQuestion, day))
            {
                Knowledge = faq.KnowledgeBase,
                AlternativeVerdict = ruleQuestion.Alternative is { } other ? rules.Evaluate(ruleQuestion.As(other), day) : null,
            };
        }

        // A date question without a date has nothing to compute: it stays an FAQ question (the answer card of a rule's article
        // offers to compute the date).
        var result = faq.Ask(text, clientLocale);
        var kind = result.Kind switch
        {
            FaqResultKind.Answer => BotAnswerKind.Faq,
            FaqResultKind.Clarify => BotAnswerKind.Clarify,
            _ => BotAnswerKind.None,
        };
        return new BotAnswer(kind, result.QuestionLanguage, result.AnswerLanguage, Faq: result, RuleQuestion: ruleQuestion) { Knowledge = faq.KnowledgeBase };
    }
}
