using BenefitsBot.Domain.Knowledge;
using BenefitsBot.Domain.Rules;

namespace BenefitsBot.Answering;

/// <summary>What the bot answers to one question, before it is drawn as a card (Teams) or written as JSON (command line).</summary>
public sealed record BotAnswer(
    BotAnswerKind Kind,
    string QuestionLanguage,
    string AnswerLanguage,
    FaqResult? Faq = null,
    RuleQuestion? RuleQuestion = null,
    RuleVerdict? Verdict = null)
{
    /// <summary>A second rule the words fit as well (<see cref="RuleQuestion.Alternative"/>), computed: the card lets the user pick.</summary>
    public RuleVerdict? AlternativeVerdict { get; init; }

    /// <summary>The entry answered (faq) or the best guess (clarify).</summary>
    public FaqEntry? Entry => Faq?.Entry;

    /// <summary>The knowledge base that answered (the shared one, or the asker's tenant's): it resolves the entries the card links to.</summary>
    public required KnowledgeBase Knowledge { get; init; }
}

public enum BotAnswerKind
{
    /// <summary>A knowledge-base entry answers the question.</summary>
    Faq,

    /// <summary>A close call: the user picks among up to three questions.</summary>
    Clarify,

    /// <summary>The articles don't cover it.</summary>
    None,

    /// <summary>A date rule, computed.</summary>
    Rule,
}
