using System.Text.RegularExpressions;
using BenefitsBot.Domain.Dates;

namespace BenefitsBot.Domain.Tests.Dates;

public sealed class PatternTimeoutsTests
{
    [Fact]
    public void RetryOnce_FirstTryRunsOutOfTime_SecondTryCounts()
    {
        var calls = 0;

        var result = PatternTimeouts.RetryOnce(() => ++calls == 1 ? throw new RegexMatchTimeoutException() : "warm", () => "fallback");

        Assert.Equal("warm", result);
        Assert.Equal(2, calls);
    }

    [Fact]
    public void RetryOnce_BothTriesRunOutOfTime_Fallback()
    {
        var calls = 0;

        var result = PatternTimeouts.RetryOnce<string>(() => { calls++; throw new RegexMatchTimeoutException(); }, () => "fallback");

        Assert.Equal("fallback", result);
        Assert.Equal(2, calls);
    }

    [Fact]
    public void RetryOnce_OtherException_NotCaught() =>
        Assert.Throws<InvalidOperationException>(() => PatternTimeouts.RetryOnce<string>(() => throw new InvalidOperationException(), () => "fallback"));
}
