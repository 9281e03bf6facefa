using BenefitsBot.Domain.Rules;

namespace BenefitsBot.Domain.Tests.Rules;

public sealed class RuleVerdictJsonTests
{
    private readonly BenefitRules rules = new(TimeProvider.System);

    [Fact]
    public void ToRuleObject_Window_KindStartEndOnly()
    {
        var verdict = rules.Evaluate(new RuleQuestion(RuleKind.RenewalWindow, "en", new DateOnly(2025, 3, 14), DateRole.Purchase), new DateOnly(2026, 11, 22));

        Assert.Equal("""{"kind":"renewal-window","start":"2026-03-15","end":"2026-04-13"}""", RuleVerdictJson.ToRuleObject(verdict).ToJsonString());
    }

    [Fact]
    public void ToRuleObject_IneligibleWithReason_DateEligibleReason()
    {
        var question = new RuleQuestion(RuleKind.ReplacementTokenDeadline, "en", new DateOnly(2026, 11, 1), DateRole.Activation, Facts: new RuleFacts(ReplacementAlreadyIssued: true));

        var json = RuleVerdictJson.ToRuleObject(rules.Evaluate(question, new DateOnly(2026, 11, 22))).ToJsonString();

        Assert.Equal("""{"kind":"replacement-token-deadline","date":"2026-12-01","eligible":false,"reason":"one-time-only"}""", json);
    }

    [Fact]
    public void WireNames_RoundTrip_AllKinds()
    {
        foreach (var kind in Enum.GetValues<RuleKind>())
        {
            Assert.True(RuleWireNames.TryParseKind(kind.ToWireName(), out var parsed));
            Assert.Equal(kind, parsed);
        }

        Assert.False(RuleWireNames.TryParseKind("renewal", out _));
    }
}
