using BenefitsBot.Domain.Rules;

namespace BenefitsBot.Bot.Dialogs.Redemption;

/// <summary>Date-rule verdicts for the dialog (from <see cref="BenefitRules"/>, never recomputed here) and their text in the card's language.</summary>
public static class RuleNotes
{
    public static RuleVerdict Verdict(BenefitRules rules, RuleKind kind, DateOnly anchor, DateRole role, DateOnly today, bool softwareActivated = false, bool asksEligibility = true)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return rules.Apply(new RuleCase(kind, anchor, role, new RuleFacts(SoftwareBenefitsActivated: softwareActivated)), today, asksEligibility);
    }

    public static string Text(RuleVerdict verdict, string language)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        return verdict.Explanation.TryGetValue(language, out var text) ? text : verdict.Explanation["en"];
    }
}
