using System.Text.Json;
using BenefitsBot.Testing;

namespace BenefitsBot.Domain.Tests.Rules;

/// <summary>One line of ../shared/eval/dates-dev.jsonl.</summary>
internal sealed record DatesDevLine(int Line, string Lang, string Text, DateOnly Ref, string Kind, JsonElement Expect)
{
    public bool ExpectsEligibility => Expect.TryGetProperty("eligible", out _);

    public override string ToString() => $"{Line}: [{Lang}] {Text}";
}

/// <summary>Loads ../shared/eval/dates-dev.jsonl.</summary>
internal static class DatesDevSet
{
    public static IReadOnlyList<DatesDevLine> Load()
    {
        var path = Path.Combine(RepoPaths.SharedDirectory, "eval", "dates-dev.jsonl");
        return File.ReadLines(path)
            .Where(l => !string.IsNullOrWhiteSpace(l))
            .Select((l, i) =>
            {
                using var doc = JsonDocument.Parse(l);
                var root = doc.RootElement;
                return new DatesDevLine(
                    i + 1,
                    root.GetProperty("lang").GetString()!,
                    root.GetProperty("text").GetString()!,
                    DateOnly.Parse(root.GetProperty("ref").GetString()!, System.Globalization.CultureInfo.InvariantCulture),
                    root.GetProperty("kind").GetString()!,
                    root.GetProperty("expect").Clone());
            })
            .ToList();
    }

    public static TheoryData<int> LineNumbers()
    {
        var data = new TheoryData<int>();
        foreach (var line in Load())
        {
            data.Add(line.Line);
        }

        return data;
    }

    public static DatesDevLine Get(int line) => Load()[line - 1];
}
