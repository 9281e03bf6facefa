namespace BenefitsBot.Domain.Tests.Dates;

/// <summary>
/// Spec cases that contradict other cases of the same suite, so no recognizer can pass both. Listed out of scope with the case they
/// contradict (indexes are positions in the suite's JSON array), never dropped silently; the case they contradict stays in scope.
/// </summary>
public static class SpecContradictions
{
    private const string BareOrdinal = "#152 'on the 18th' and #153 'on the 4th' resolve a bare ordinal day; this case expects nothing for 'the 21st'";

    private static readonly Dictionary<(string Suite, string Input), string> Cases = new()
    {
        [("English-DateTimeModel", "Cortana, can you please set something up between the 21st and 23rd.")] = "#154 vs " + BareOrdinal,
        [("English-DateTimeModel", "Cortana, can you please set something up the 21st.")] = "#155 vs " + BareOrdinal,
        [("English-DateTimeModel", "Cortana, can you please set something up around the 21st.")] = "#158 vs " + BareOrdinal,
        [("English-DateTimeModel", "I'll go back two months from today on Tuesday.")] =
            "#576 picks the Tuesday after the counted day (Thu 09-01 -> 09-06); #578 'in 3 days on Friday' picks the Friday of the counted day's week (Sat 11-12 -> 11-11)",
        [("Dutch-DateTimeModel", "Ik wil $10000 lenen over 3 jaar")] =
            "#327 expects the duration '3 jaar'; #106-#108 'over twee maanden/weken/jaar' expect the date that many units ahead",
    };

    public static string? Reason(SpecCase c) =>
        Cases.TryGetValue((c.Suite, c.Input), out var why) ? $"self-contradicting: {why}" : null;
}
