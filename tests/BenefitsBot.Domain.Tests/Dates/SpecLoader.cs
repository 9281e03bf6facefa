using System.Globalization;
using System.Text.Json;
using BenefitsBot.Testing;

namespace BenefitsBot.Domain.Tests.Dates;

/// <summary>Reads the filtered upstream specs in shared/recognizers-specs (DateTimeModel for en/nl/zh, DateExtractor and DateParser for sv).</summary>
public static class SpecLoader
{
    public static IReadOnlyList<SpecCase> Load(string file, string language)
    {
        var path = Path.Combine(RepoPaths.SharedDirectory, "recognizers-specs", file);
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var suite = Path.GetFileNameWithoutExtension(file);
        return [.. document.RootElement.EnumerateArray().Select(c => new SpecCase(
            suite,
            language,
            c.GetProperty("Input").GetString()!,
            ReferenceOf(c),
            [.. c.GetProperty("Results").EnumerateArray().Select(Expectation)],
            c.TryGetProperty("NotSupported", out var ns) ? ns.GetString() : null))];
    }

    private static DateOnly? ReferenceOf(JsonElement c) =>
        c.TryGetProperty("Context", out var context) && context.TryGetProperty("ReferenceDateTime", out var reference)
            ? DateOnly.FromDateTime(DateTime.Parse(reference.GetString()!, CultureInfo.InvariantCulture))
            : null;

    private static SpecExpectation Expectation(JsonElement r)
    {
        var text = r.GetProperty("Text").GetString()!;
        var start = r.GetProperty("Start").GetInt32();
        var end = r.TryGetProperty("End", out var e) ? e.GetInt32() + 1 : start + r.GetProperty("Length").GetInt32();
        if (r.TryGetProperty("Resolution", out var resolution))
        {
            var values = resolution.GetProperty("values").EnumerateArray().ToList();
            var first = values.FirstOrDefault();
            return new SpecExpectation(start, end, text, r.GetProperty("TypeName").GetString()!.Replace("datetimeV2.", "", StringComparison.Ordinal),
                [.. values.Select(ValueOf).OfType<string>()], Get(first, "timex"), Get(first, "Mod"));
        }

        if (r.TryGetProperty("Value", out var parsed))
        {
            var candidates = new[] { "FutureResolution", "PastResolution" }
                .Select(k => parsed.TryGetProperty(k, out var v) && v.TryGetProperty("date", out var d) ? d.GetString() : null)
                .OfType<string>().Distinct().ToList();
            return new SpecExpectation(start, end, text, r.GetProperty("Type").GetString()!, candidates, Get(parsed, "Timex"), null);
        }

        return new SpecExpectation(start, end, text, r.GetProperty("Type").GetString()!, [], null, null);
    }

    private static string? ValueOf(JsonElement v)
    {
        if (Get(v, "type") == "duration")
        {
            return Get(v, "timex");
        }

        if (Get(v, "value") is { } value)
        {
            return value;
        }

        return Get(v, "start") is { } s && Get(v, "end") is { } e ? $"{s}..{e}" : null;
    }

    private static string? Get(JsonElement element, string key) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
