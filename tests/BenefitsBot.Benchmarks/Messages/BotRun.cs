namespace BenefitsBot.Benchmarks.Messages;

/// <summary>Everything measured for one bot: start → first reply, then each concurrency level.</summary>
internal sealed record BotRun(BotUnderTest Bot, double? StartupMs, IReadOnlyList<LevelResult> Levels, string? Failure);
