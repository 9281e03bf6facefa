namespace BenefitsBot.Bot.Actions;

/// <summary>One typeahead result: what the user sees and the value the input submits.</summary>
public sealed record SearchChoice(string Title, string Value);
