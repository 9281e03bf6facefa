using System.Globalization;

namespace BenefitsBot.Benchmarks.Messages;

/// <summary><c>messages [--seconds 5] [--warmup 2] [--levels 1,16,64] [--bots theirs,ours] [--text hi] [--teams-limits] [--lengths 1,4,16,28]</c></summary>
/// <param name="Lengths">Message sizes in KB for the one-conversation length runs (<see cref="LongText"/>); empty skips them.</param>
internal sealed record MessagesOptions(
    TimeSpan Duration, TimeSpan Warmup, IReadOnlyList<int> Levels, IReadOnlyList<string> Bots, string Text, bool TeamsRateLimits, IReadOnlyList<int> Lengths)
{
    public static MessagesOptions Parse(IReadOnlyList<string> arguments)
    {
        string Value(string name, string fallback)
        {
            var index = arguments.ToList().IndexOf(name);
            return index >= 0 && index + 1 < arguments.Count ? arguments[index + 1] : fallback;
        }

        double Seconds(string name, string fallback) => Math.Clamp(double.Parse(Value(name, fallback), CultureInfo.InvariantCulture), 0.1, 60);

        return new MessagesOptions(
            TimeSpan.FromSeconds(Seconds("--seconds", "5")),
            TimeSpan.FromSeconds(Seconds("--warmup", "2")),
            Value("--levels", "1,16,64").Split(',').Select(l => Math.Clamp(int.Parse(l, CultureInfo.InvariantCulture), 1, 512)).ToList(),
            Value("--bots", "theirs,ours").Split(','),
            Value("--text", "hi"),
            arguments.Contains("--teams-limits"),
            Value("--lengths", "1,4,16,28").Split(',', StringSplitOptions.RemoveEmptyEntries)
                .Select(l => int.Parse(l, CultureInfo.InvariantCulture)).Where(l => l > 0).Select(l => Math.Min(l, 250)).ToList());
    }
}
