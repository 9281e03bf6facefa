using System.Globalization;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;

namespace BenefitsBot.Domain.Dates;

/// <summary>
/// Microsoft.Recognizers.Text's DateTimeModel for one culture, over the extractors we read (<see cref="DatesOnlyModel"/>), its
/// results turned into <see cref="DateMention"/> values with our conventions: a date without a year is its latest occurrence on or
/// before the reference day; times of day, sets and open-ended ranges ("before May") are left out, since a mention has no shape for
/// them. Thread-safe: the model is built once, on first use.
/// </summary>
internal sealed class OfficialDateModel(string culture)
{
    private readonly Lazy<SelectiveDateTimeModel> model = new(() => DatesOnlyModel.Build(culture));

    public IReadOnlyList<DateMention> Recognize(string text, DateOnly reference) => Recognize(text, reference, static (_, _) => true);

    /// <summary>The mentions among the phrases whose span (start, length) <paramref name="wanted"/> accepts; the others are not parsed.</summary>
    public IReadOnlyList<DateMention> Recognize(string text, DateOnly reference, Func<int, int, bool> wanted)
    {
        var mentions = new List<DateMention>();
        foreach (var result in model.Value.Parse(text, reference.ToDateTime(TimeOnly.MinValue), wanted))
        {
            if (Mention(result, reference) is { } mention)
            {
                mentions.Add(mention);
            }
        }

        return mentions;
    }

    private static DateMention? Mention(ModelResult result, DateOnly reference)
    {
        if (result.Resolution?["values"] is not IEnumerable<Dictionary<string, string>> values)
        {
            return null;
        }

        var start = result.Start;
        var length = result.End - result.Start + 1;
        var candidates = values.ToList();
        return candidates.FirstOrDefault()?.GetValueOrDefault("type") switch
        {
            Microsoft.Recognizers.Text.DateTime.Constants.SYS_DATETIME_DATE => Latest(candidates.Select(v => Day(v.GetValueOrDefault("value"))), reference) is { } day
                ? Mentions.Day(start, length, day)
                : null,
            Microsoft.Recognizers.Text.DateTime.Constants.SYS_DATETIME_DATEPERIOD when OpenEndedDay(result, candidates, reference) is { } point => point,
            Microsoft.Recognizers.Text.DateTime.Constants.SYS_DATETIME_DATEPERIOD => LatestRange(candidates, reference) is { } range ? Mentions.Range(start, length, range) : null,
            Microsoft.Recognizers.Text.DateTime.Constants.SYS_DATETIME_DURATION => DurationOf(candidates[0].GetValueOrDefault("timex")) is { } span ? Mentions.Duration(start, length, span) : null,
            _ => null,
        };
    }

    /// <summary>
    /// "Since Koningsdag 2022", "before Thanksgiving": upstream reads a day after "since / before / after" as an open-ended range
    /// from or to it, which a mention has no shape for; the day itself is what the user dated, so it is kept, without the leading word.
    /// </summary>
    private static DateMention? OpenEndedDay(ModelResult result, List<Dictionary<string, string>> candidates, DateOnly reference)
    {
        if (candidates.Count == 0 || !candidates[0].ContainsKey("Mod") || candidates[0].GetValueOrDefault("sourceEntity") != "datetimepoint"
            || Latest(candidates.Select(v => Day(v.GetValueOrDefault("start") ?? v.GetValueOrDefault("end"))), reference) is not { } day)
        {
            return null;
        }

        var text = result.Text ?? "";
        var skip = text.IndexOf(' ', StringComparison.Ordinal) + 1;
        return skip <= 0 || skip >= text.Length ? null : Mentions.Day(result.Start + skip, text.Length - skip, day);
    }

    /// <summary>Upstream gives a past and a future candidate for a date without a year; ours is the latest on or before the reference day.</summary>
    private static DateOnly? Latest(IEnumerable<DateOnly?> days, DateOnly reference)
    {
        var known = days.OfType<DateOnly>().ToList();
        return known.Where(d => d <= reference).Select(d => (DateOnly?)d).Max() ?? known.Select(d => (DateOnly?)d).Min();
    }

    private static (DateOnly Start, DateOnly End)? LatestRange(List<Dictionary<string, string>> candidates, DateOnly reference)
    {
        var ranges = candidates
            .Select(v => (Start: Day(v.GetValueOrDefault("start")), End: Day(v.GetValueOrDefault("end"))))
            .Where(r => r.Start is not null && r.End is not null)
            .Select(r => (Start: r.Start!.Value, End: r.End!.Value))
            .Where(r => r.Start < r.End) // "Dec 15 2026 - last day" comes back as a range ending before it starts: no range at all
            .ToList();
        if (ranges.Count == 0)
        {
            return null;
        }

        var past = ranges.Where(r => r.Start <= reference).ToList();
        return past.Count > 0 ? past.MaxBy(r => r.Start) : ranges.MinBy(r => r.Start);
    }

    private static DateOnly? Day(string? value) =>
        value is not null && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) && day.Year >= 1000
            ? day
            : null;

    /// <summary>A whole-unit timex duration (P3D, P2W, P1Y6M); fractions and times of day have no <see cref="DateSpan"/>.</summary>
    private static DateSpan? DurationOf(string? timex)
    {
        if (timex is null || timex.Length < 3 || timex[0] != 'P' || timex.Contains('T', StringComparison.Ordinal))
        {
            return null;
        }

        int years = 0, months = 0, weeks = 0, days = 0, number = 0;
        var digits = false;
        foreach (var c in timex.AsSpan(1))
        {
            if (char.IsAsciiDigit(c))
            {
                number = checked((number * 10) + (c - '0'));
                digits = true;
                continue;
            }

            if (!digits)
            {
                return null;
            }

            switch (c)
            {
                case 'Y': years = number; break;
                case 'M': months = number; break;
                case 'W': weeks = number; break;
                case 'D': days = number; break;
                default: return null;
            }

            number = 0;
            digits = false;
        }

        return digits ? null : new DateSpan(years, months, weeks, days);
    }
}
