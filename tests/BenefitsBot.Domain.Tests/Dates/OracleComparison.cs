using System.Text.Json;
using BenefitsBot.Domain.Dates;

namespace BenefitsBot.Domain.Tests.Dates;

/// <summary>
/// Compares our mentions with one JS oracle answer. Entities are paired by overlap; both sides must agree on kind and value
/// (a yearless JS date offers past and future values; ours must be one of them). Known, documented JS behaviours are put in named
/// categories instead of counting as disagreements.
/// </summary>
public static partial class OracleComparison
{
    public sealed record Outcome(bool Agrees, string? Category, string Detail);

    public static Outcome Compare(string text, IReadOnlyList<DateMention> ours, JsonElement oracle)
    {
        var entities = oracle.GetProperty("entities").EnumerateArray()
            .Where(e => e.GetProperty("type").GetString() is "datetimeV2.date" or "datetimeV2.daterange" or "datetimeV2.duration")
            .ToList();
        var theirs = string.Join(", ", entities.Select(e => $"{e.GetProperty("text").GetString()}={Describe(e)}"));
        var mine = string.Join(", ", ours.Select(m => $"{text.Substring(m.Start, m.Length)}={SpecJudge.Describe(m)}"));
        var detail = $"ours [{mine}] js [{theirs}]";

        if (entities.Count != ours.Count)
        {
            return new Outcome(false, KnownCategory(text, entities), detail);
        }

        foreach (var entity in entities)
        {
            var start = entity.GetProperty("start").GetInt32();
            var end = entity.GetProperty("end").GetInt32();
            var kind = entity.GetProperty("type").GetString()!.Replace("datetimeV2.", "", StringComparison.Ordinal);
            var values = entity.GetProperty("values").EnumerateArray().ToList();
            if (values.Any(v => v.TryGetProperty("Mod", out _)))
            {
                return new Outcome(false, "js-modifier (before/after/within)", detail);
            }

            var candidates = values.Select(ValueOf).ToList();
            var match = ours.FirstOrDefault(m => m.Start < end && start < m.Start + m.Length);
            if (match is null || SpecJudge.Kind(match) != kind || !candidates.Contains(SpecJudge.Value(match)))
            {
                return new Outcome(false, KnownCategory(text, entities), detail);
            }
        }

        return new Outcome(true, null, detail);
    }

    /// <summary>
    /// Documented JS quirks (oracles.md): "in 2 weeks" is only a duration, 民國 years are read as year 114, "within" is a duration.
    /// Found here: JS reads "this past Monday" as Monday of last week, against the .NET spec ("this past Wednesday" on Thursday
    /// 2019-01-31 is 01-30) and our eval set; we follow the spec. Ours on purpose: "last Monday" is the most recent Monday, as the
    /// people writing to us mean it (both recognizers read it as Monday of last week; see SpecContradictions.Conventions).
    /// </summary>
    private static string? KnownCategory(string text, List<JsonElement> entities) => text switch
    {
        _ when text.Contains("this past", StringComparison.Ordinal) => "js-this-past-is-last-week",
        _ when LastWeekday().IsMatch(text) => "ours-last-weekday-is-most-recent",
        _ when text.Contains("民國", StringComparison.Ordinal) => "js-no-roc-years",
        _ when text.StartsWith("in ", StringComparison.Ordinal) && !text.Contains("day", StringComparison.Ordinal) => "js-in-n-weeks-months-is-duration",
        _ when text.StartsWith("within", StringComparison.Ordinal) => "js-within-is-duration",
        _ when entities.Count == 0 => "js-finds-nothing",
        _ => null,
    };

    [System.Text.RegularExpressions.GeneratedRegex(@"\blast (monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")]
    private static partial System.Text.RegularExpressions.Regex LastWeekday();

    private static string Describe(JsonElement entity) =>
        string.Join(" | ", entity.GetProperty("values").EnumerateArray().Select(v => ValueOf(v) + (v.TryGetProperty("Mod", out var mod) ? $" ({mod.GetString()})" : "")));

    private static string ValueOf(JsonElement v)
    {
        string? Get(string key) => v.TryGetProperty(key, out var p) ? p.GetString() : null;
        return Get("type") == "duration" ? Get("timex") ?? "" : Get("value") ?? $"{Get("start")}..{Get("end")}";
    }
}
