namespace BenefitsBot.Benchmarks.Messages;

/// <summary>Everything measured for one bot: start → first reply, then each concurrency level, then each message length.</summary>
internal sealed record BotRun(BotUnderTest Bot, double? StartupMs, IReadOnlyList<LevelResult> Levels, string? Failure)
{
    public IReadOnlyList<LengthResult> Lengths { get; init; } = [];
}

/// <summary>Figures for one conversation sending messages of one size.</summary>
internal sealed record LengthResult(int Kilobytes, LevelResult Level);
