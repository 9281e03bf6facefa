namespace BenefitsBot.Domain.Tests.Dates;

/// <summary>One upstream Recognizers-Text spec case, reduced to what our recognizer can be judged on.</summary>
public sealed record SpecCase(string Suite, string Language, string Input, DateOnly? Reference, IReadOnlyList<SpecExpectation> Expected, string? NotSupported);

/// <summary>
/// One expected result. <paramref name="End"/> is exclusive. <paramref name="Kind"/> is date, daterange, duration (or time kinds);
/// candidate values: dates as yyyy-MM-dd, ranges as "start..end", durations as timex ("P30D"); empty when the suite gives only spans.
/// </summary>
public sealed record SpecExpectation(int Start, int End, string Text, string Kind, IReadOnlyList<string> Values, string? Timex, string? Mod);
