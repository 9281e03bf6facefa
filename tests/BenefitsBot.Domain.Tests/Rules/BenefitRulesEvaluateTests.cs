using BenefitsBot.Domain.Rules;

namespace BenefitsBot.Domain.Tests.Rules;

public sealed class BenefitRulesEvaluateTests
{
    private readonly BenefitRules rules = new(TimeProvider.System);

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    private static RuleQuestion Ask(RuleKind kind, DateOnly anchor, bool eligibility = false, DateRole? role = null) =>
        new(kind, "en", anchor, role ?? KindRoles.DefaultRole(kind), eligibility);

    [Fact]
    public void Evaluate_RefundAskedOnDeadlineDay_EligibleWithZeroDaysLeft()
    {
        var verdict = rules.Evaluate(Ask(RuleKind.RefundDeadline, D(2026, 5, 5), eligibility: true), D(2026, 6, 4));

        Assert.True(verdict.Eligible);
        Assert.Null(verdict.Reason);
        Assert.Equal(0, verdict.DaysLeft);
        Assert.EndsWith("Yes, that is still possible today. Today is the last day.", verdict.Explanation["en"], StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_RefundAskedDayAfterDeadline_PastDeadline()
    {
        var verdict = rules.Evaluate(Ask(RuleKind.RefundDeadline, D(2026, 5, 5), eligibility: true), D(2026, 6, 5));

        Assert.False(verdict.Eligible);
        Assert.Equal(IneligibilityReason.PastDeadline, verdict.Reason);
        Assert.Equal(-1, verdict.DaysLeft);
    }

    [Fact]
    public void Evaluate_RefundWithSoftwareActivated_NotEligibleEvenInTime()
    {
        var question = Ask(RuleKind.RefundDeadline, D(2026, 11, 20)) with { Facts = new RuleFacts(SoftwareBenefitsActivated: true) };

        var verdict = rules.Evaluate(question, D(2026, 11, 22));

        Assert.False(verdict.Eligible);
        Assert.Equal(IneligibilityReason.SoftwareBenefitsActivated, verdict.Reason);
        Assert.Equal(D(2026, 12, 20), verdict.Date);
    }

    [Fact]
    public void Evaluate_ReplacementAlreadyIssued_OneTimeOnly()
    {
        var question = Ask(RuleKind.ReplacementTokenDeadline, D(2026, 11, 20)) with { Facts = new RuleFacts(ReplacementAlreadyIssued: true) };

        var verdict = rules.Evaluate(question, D(2026, 11, 22));

        Assert.False(verdict.Eligible);
        Assert.Equal(IneligibilityReason.OneTimeOnly, verdict.Reason);
    }

    [Fact]
    public void Evaluate_NotAskedAndNoFlags_NoEligibility()
    {
        var verdict = rules.Evaluate(Ask(RuleKind.KeyUsableUntil, D(2025, 12, 1)), D(2026, 11, 22));

        Assert.Null(verdict.Eligible);
        Assert.Equal(D(2026, 12, 1), verdict.Date);
        Assert.Equal(9, verdict.DaysLeft);
    }

    [Theory]
    [InlineData(2026, 5, 29, false)]
    [InlineData(2026, 5, 30, true)]
    public void Evaluate_VsReassignAskedAlready_AllowedFromNinetiethDay(int y, int m, int d, bool expected)
    {
        var verdict = rules.Evaluate(Ask(RuleKind.VsReassignFrom, D(2026, 3, 1), eligibility: true), D(y, m, d));

        Assert.Equal(expected, verdict.Eligible);
        Assert.Null(verdict.Reason);
    }

    [Theory]
    [InlineData(2026, 3, 14, false, null)]
    [InlineData(2026, 3, 15, true, null)]
    [InlineData(2026, 4, 13, true, null)]
    [InlineData(2026, 4, 14, false, IneligibilityReason.PastDeadline)]
    public void Evaluate_RenewToday_OnlyInsideWindow(int y, int m, int d, bool expected, IneligibilityReason? reason)
    {
        var verdict = rules.Evaluate(Ask(RuleKind.RenewalWindow, D(2025, 3, 14), eligibility: true), D(y, m, d));

        Assert.Equal(expected, verdict.Eligible);
        Assert.Equal(reason, verdict.Reason);
        Assert.Equal(D(2026, 3, 15), verdict.Start);
        Assert.Equal(D(2026, 4, 13), verdict.End);
        Assert.Null(verdict.Date);
    }

    [Fact]
    public void Evaluate_RenewalWindowFromAnniversary_UsesAnniversaryAsGiven()
    {
        var verdict = rules.Evaluate(Ask(RuleKind.RenewalWindow, D(2026, 3, 14), role: DateRole.Anniversary), D(2026, 1, 1));

        Assert.Equal(D(2026, 3, 15), verdict.Start);
    }

    [Fact]
    public void Evaluate_GracePeriodFromPurchaseDate_CountsFromFirstAnniversary()
    {
        var verdict = rules.Evaluate(Ask(RuleKind.GracePeriodEnd, D(2025, 3, 3), role: DateRole.Purchase), D(2026, 3, 10));

        Assert.Equal(D(2026, 4, 2), verdict.Date);
    }

    [Fact]
    public void Evaluate_CovidOutsideRange_NotEligibleWithoutDate()
    {
        var verdict = rules.Evaluate(Ask(RuleKind.CovidExtension, D(2020, 6, 30)), D(2026, 11, 22));

        Assert.False(verdict.Eligible);
        Assert.Null(verdict.Date);
        Assert.Null(verdict.DaysLeft);
    }

    [Fact]
    public void Evaluate_CovidInRange_EligibleWithExtendedDate()
    {
        var verdict = rules.Evaluate(Ask(RuleKind.CovidExtension, D(2020, 12, 31)), D(2026, 11, 22));

        Assert.True(verdict.Eligible);
        Assert.Equal(D(2021, 12, 31), verdict.Date);
        Assert.Equal(Citations.CovidExtension, verdict.Citation);
    }

    [Fact]
    public void Evaluate_CovidInRangeAskedForADayAfterTheExtension_NoPastDeadline()
    {
        var question = Ask(RuleKind.CovidExtension, D(2020, 11, 1)) with { AsksEligibility = true, CheckDay = D(2021, 12, 1) };

        var verdict = rules.Evaluate(question, D(2021, 6, 1));

        Assert.False(verdict.Eligible);
        Assert.Equal(IneligibilityReason.PastDeadline, verdict.Reason);
        Assert.Equal(D(2021, 11, 1), verdict.Date);
        Assert.StartsWith("Your competency anniversary", verdict.Explanation["en"], StringComparison.Ordinal);
        Assert.Contains("December 1, 2021", verdict.Explanation["en"], StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_QuestionWithoutDate_Throws()
    {
        var question = new RuleQuestion(RuleKind.RefundDeadline, "en", null, DateRole.Purchase);

        Assert.Throws<ArgumentException>(() => rules.Evaluate(question, D(2026, 1, 1)));
    }

    [Fact]
    public void Evaluate_WithoutToday_UsesTimeProviderDay()
    {
        var question = Ask(RuleKind.KeyUsableUntil, D(2025, 12, 1), eligibility: true);

        Assert.Equal(rules.Evaluate(question, rules.Today).DaysLeft, rules.Evaluate(question).DaysLeft);
        Assert.Equal(DateOnly.FromDateTime(DateTime.Now), rules.Today);
    }

    [Theory]
    [InlineData(RuleKind.RenewalWindow, "001_", "q-when")]
    [InlineData(RuleKind.KeyUsableUntil, "001_", "q-what-does-benefit-expiry-date-mean")]
    [InlineData(RuleKind.UserAssignedBenefitExtension, "001_", "q-what-does-benefit-expiry-date-mean")]
    [InlineData(RuleKind.VsReassignFrom, "001_", "q-how-does-visual-studio-activation-work-in-partner-center")]
    [InlineData(RuleKind.RefundDeadline, "002_", "cancel-a-membership-benefit-or-offer")]
    [InlineData(RuleKind.ReplacementTokenDeadline, "003_", "product-licenses")]
    [InlineData(RuleKind.GracePeriodEnd, "003_", "competency-extension-to-offset-effects-of-covid-19")]
    public void Citations_ForKind_PointToExistingAnchorInSeed(RuleKind kind, string seedPrefix, string anchorPrefix)
    {
        var citation = kind == RuleKind.RenewalWindow ? Citations.RenewAnyDayAfterStart : Citations.For(kind);
        var seed = Directory.GetFiles(Path.Combine(BenefitsBot.Testing.RepoPaths.SharedDirectory, "seeds"), citation.Seed + ".txt").Single();

        Assert.StartsWith(seedPrefix, citation.Seed, StringComparison.Ordinal);
        Assert.StartsWith(anchorPrefix, citation.Anchor, StringComparison.Ordinal);
        Assert.Contains($"<a name=\"{citation.Anchor}\">", File.ReadAllText(seed), StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_NamedCheckDayAfterTheDeadline_NoForThatDayPastDeadline()
    {
        var question = Ask(RuleKind.RefundDeadline, D(2026, 11, 1)) with { AsksEligibility = true, CheckDay = D(2026, 12, 5) };

        var verdict = new BenefitRules(TimeProvider.System).Evaluate(question, D(2026, 11, 10));

        Assert.False(verdict.Eligible);
        Assert.Equal(IneligibilityReason.PastDeadline, verdict.Reason);
        Assert.Equal(D(2026, 12, 5), verdict.CheckDay);
        Assert.Equal(21, verdict.DaysLeft);
    }

    [Fact]
    public void Apply_DialogSituation_YesNoWithoutAQuestion()
    {
        var situation = new RuleCase(RuleKind.RefundDeadline, D(2026, 11, 1), DateRole.Purchase, new RuleFacts(SoftwareBenefitsActivated: true));

        var verdict = new BenefitRules(TimeProvider.System).Apply(situation, D(2026, 11, 5));

        Assert.False(verdict.Eligible);
        Assert.Equal(IneligibilityReason.SoftwareBenefitsActivated, verdict.Reason);
    }
}
