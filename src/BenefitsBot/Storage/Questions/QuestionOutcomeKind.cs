namespace BenefitsBot.Storage.Questions;

/// <summary>How the bot dealt with a question; stored by name.</summary>
public enum QuestionOutcomeKind
{
    /// <summary>A knowledge-base entry answered it.</summary>
    Answered,

    /// <summary>A close call: the user was asked to pick a question.</summary>
    Clarify,

    /// <summary>The articles don't cover it.</summary>
    None,

    /// <summary>A date rule computed the answer.</summary>
    Rule,

    /// <summary>A date rule, but the user was asked for the date (rows recorded before date-less rule questions went to the FAQ).</summary>
    NeedsDate,
}
