using System.Text.RegularExpressions;

namespace BenefitsBot.Domain.Dates;

/// <summary>Pattern-based recognizer for the Latin-script languages; the words come from a <see cref="LanguageProfile"/>.</summary>
internal sealed partial class WesternRecognizer
{
    /// <summary>Cardinal entries that stand for vague amounts, never for a day of the month.</summary>
    /// <summary>The longest phrase looked for before a mention ("between", "for the first ten weeks of"), with room to spare.</summary>
    private const int PhraseWindow = 256;

    private static readonly HashSet<string> NotDayWords = ["några", "ett par", "een paar", "paar", "a couple of", "a couple", "couple of", "couple"];

    /// <summary>
    /// Short number words that are days all the same: Dutch writes a day in words as a cardinal ("elf juni", "zes maart"), and
    /// neither is another Dutch word, nor is "één" with its accents ("op één maart"), which only the article "een" lacks. The other
    /// three-letter ones ("een", "one", "two", "tre") are left out: they are articles or stand before plurals.
    /// </summary>
    private static readonly HashSet<string> ShortDayWords = ["elf", "zes", "één"];

    private readonly LanguageProfile profile;
    private readonly MonthSpelling spelling;
    private readonly IReadOnlyList<PatternRule> rules;
    private readonly (PatternAnchor Anchor, Regex Pattern)[] anchors;
    private readonly Regex rangeOpenAtEnd;
    private readonly Regex rangeJoinOnly;
    private readonly Regex spanAfter;
    private readonly Regex spanBefore;
    private readonly Regex dayWordAnchor;
    private readonly Regex monthName;
    private readonly Regex weekdayOnly;
    private readonly Regex unitWord;
    private readonly Regex spanForAtEnd;
    private readonly Regex spanStarting;
    private readonly Regex edgeBefore;
    private readonly Regex countedDayEdgeBefore;
    private readonly Regex yearJoin;
    private readonly Regex partBefore;
    private readonly Regex futureCount;
    private readonly Regex lessThanAtEnd;
    private readonly Regex bareDay;
    private readonly Regex sinceLead;
    private readonly string month;
    private readonly string weekday;
    private readonly string longWeekday;
    private readonly string day;
    private readonly string dayWordPattern;
    private readonly string number;
    private readonly string unit;
    private readonly string periodModifier;

    public WesternRecognizer(LanguageProfile profile)
    {
        this.profile = profile;
        spelling = new MonthSpelling(profile.StandaloneMonths, profile.Months.Keys.Concat(profile.Weekdays.Keys).Concat(profile.Cardinals.Keys).Concat(profile.Ordinals.Keys));
        month = "(?<mn>" + PatternRule.Alternation(profile.Months.Keys) + @")\.?";
        weekday = "(?<wd>" + PatternRule.Alternation(profile.Weekdays.Keys) + ")";
        longWeekday = "(?<wd>" + PatternRule.Alternation(profile.Weekdays.Keys.Where(w => w.Length >= 6)) + ")";
        var dayWords = profile.Ordinals.Keys.Concat(profile.Cardinals.Where(c => c.Value <= 31 && (c.Key.Length > 3 || ShortDayWords.Contains(c.Key)) && !NotDayWords.Contains(c.Key)).Select(c => c.Key));
        dayWordPattern = PatternRule.Alternation(dayWords);
        day = DayPattern("");
        number = $@"(?<n>(?<![-/.\d])\d{{1,3}}|{PatternRule.Alternation(profile.Cardinals.Keys)})";
        unit = "(?<u>" + PatternRule.Alternation(profile.Units.Keys) + ")";
        periodModifier = "(?<pm>" + PatternRule.Alternation(profile.PeriodModifiers.Keys) + ")";
        rangeOpenAtEnd = new Regex($@"(?:^|[^\p{{L}}\p{{N}}])(?<open>{profile.RangeOpen})\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        rangeJoinOnly = new Regex($@"^\s*(?<join>{profile.RangeJoin})\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        spanAfter = new Regex($@"^\s*(?:{profile.SpanAfter})\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        spanBefore = new Regex($@"^\s*(?:{profile.SpanBefore})\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        dayWordAnchor = new Regex("^" + PatternRule.Alternation(profile.DayWords.Keys) + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        monthName = new Regex(PatternRule.Left + PatternRule.Alternation(profile.Months.Keys) + PatternRule.Right, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        weekdayOnly = new Regex($@"^(?:(?:on|op|på)\s+)?{weekday}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        unitWord = new Regex(PatternRule.Left + unit + PatternRule.Right, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        spanForAtEnd = new Regex($@"(?<![\p{{L}}\p{{N}}])(?:{profile.SpanFor})\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        spanStarting = new Regex($@"^\s*,?\s*(?:{profile.SpanStarting})\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        edgeBefore = new Regex($@"(?<![\p{{L}}\p{{N}}])(?:(?:{profile.Article}|the)\s+)?(?<edge>{profile.EdgeFirst}|{profile.EdgeLast})\s+(?:{number}\s+)?{unit}\s+(?:(?:{profile.EdgeOf})\s+)?(?:(?:{profile.PeriodQualifier})\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        var nth = PatternRule.Alternation(profile.Ordinals.Where(o => o.Value is > 1 and <= 5).Select(o => o.Key));
        countedDayEdgeBefore = new Regex($@"(?<![\p{{L}}\p{{N}}])(?:(?:{profile.Article}|the)\s+)?(?:(?<edge>{profile.EdgeFirst}|{profile.EdgeLast})|(?<nth>{nth}))\s+(?:{longWeekday}(?:en)?|{profile.WorkingDay})\s+(?:(?:{profile.EdgeOf})\s+)?(?:(?:{profile.PeriodQualifier})\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        partBefore = new Regex($@"(?<![\p{{L}}\p{{N}}])(?:(?<early>{profile.PartEarly})|(?<middle>{profile.PartMiddle})|(?<late>{profile.PartLate}))\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        yearJoin = new Regex($@"^\s*,?\s*(?:(?:{profile.YearBack})\s+)?(?:(?:of|{profile.Of})\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        futureCount = new Regex($@"^(?:{profile.FuturePrefix})\s+{number}\s+{unit}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        lessThanAtEnd = new Regex($@"(?<![\p{{L}}\p{{N}}])(?:{profile.LessThan})\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        bareDay = new Regex($@"^(?:(?:{profile.Article})\s+)?{day}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        sinceLead = new Regex(@"^(?:since|sinds)\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        rules = [.. AbsoluteRules(), .. RelativeRules(), .. HalfRules(), .. SameDayRules(), .. HolidayRules(), .. NumberedWeekRules(), .. YearPartRules(), .. MonthDayRules()];
        anchors =
        [
            (PatternAnchor.Digit, Anchor(@"\d")),
            (PatternAnchor.Month, Anchor(PatternRule.Alternation(profile.Months.Keys))),
            (PatternAnchor.Weekday, Anchor(PatternRule.Alternation(profile.Weekdays.Keys) + PatternRule.Right)),
            (PatternAnchor.Unit, Anchor(@"(?<!\p{L})" + PatternRule.Alternation(profile.Units.Keys) + PatternRule.Right)),
            (PatternAnchor.Now, Anchor($"(?:{profile.Now})")),
        ];
    }

    /// <summary>The rules, each with what it cannot match without (for tests).</summary>
    internal IReadOnlyList<PatternRule> Rules => rules;

    /// <summary>The <see cref="PatternAnchor"/>s in <paramref name="text"/>: one short pass each instead of a long one per rule that needs it.</summary>
    internal PatternAnchor AnchorsIn(string text)
    {
        var present = PatternAnchor.None;
        foreach (var (anchor, pattern) in anchors)
        {
            present |= pattern.IsMatch(text) ? anchor : PatternAnchor.None;
        }

        return present;
    }

    public IReadOnlyList<DateMention> Recognize(string original, DateOnly reference)
    {
        var (text, map) = spelling.Fix(original);
        var present = AnchorsIn(text);
        var atoms = Mentions.SelectLongest(rules.Where(rule => rule.MayMatch(present)).SelectMany(rule => rule.FindAll(text, reference)));
        var mentions = PartSpans(text, EdgeSpans(text, ChainWeekdays(text, JoinRanges(text, atoms, reference))));
        return map is null ? mentions : [.. mentions.Select(m => MonthSpelling.MapBack(m, map))];
    }

    /// <summary>The first or last units of periods found by the model ("the final day of Q2 2021"), as <see cref="EdgeSpans"/> reads ours.</summary>
    public IReadOnlyList<DateMention> Edges(string text, IReadOnlyList<DateMention> mentions) => EdgeSpans(text, [.. mentions]);

    /// <summary>
    /// <paramref name="pattern"/>, which ends in <c>$</c>, matched against the text just before <paramref name="end"/>: at most
    /// <see cref="PhraseWindow"/> characters, from a word start so that <c>^</c> and the lookbehinds see what they would in the
    /// whole prefix. Matching the whole prefix instead costs its length for every mention: quadratic in a long message.
    /// Match positions are the text's own.
    /// </summary>
    private static Match MatchBefore(Regex pattern, string text, int end)
    {
        var start = Math.Max(0, end - PhraseWindow);
        while (start > 0 && start < end && (char.IsLetter(text[start - 1]) || char.IsNumber(text[start - 1])))
        {
            start++;
        }

        return pattern.Match(text, start, end - start);
    }

    /// <summary>Case as the rules read it (IgnoreCase, CultureInvariant), so an anchor is found wherever a rule could match.</summary>
    private static Regex Anchor(string pattern) => new(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>A day of the month as digits with an optional ordinal suffix or as a word; <paramref name="suffix"/> names the groups apart.</summary>
    private string DayPattern(string suffix) =>
        $@"(?:(?<![$€£¥]\s?|\d[.,])(?<d{suffix}>\d{{1,2}})(?:{profile.OrdinalSuffix})?(?![.,/]?\d)|(?<dw{suffix}>{dayWordPattern}))";

    private static string Key(string word) => WhiteSpace().Replace(word.Trim(), " ").ToLowerInvariant();

    [GeneratedRegex(@"\s+", RegexOptions.NonBacktracking)]
    private static partial Regex WhiteSpace();

    private int? Number(Group group) => group.Success ? NumberOf(group.Value) : null;

    private int? NumberOf(string text) =>
        int.TryParse(text, out var value) ? value : profile.Cardinals.TryGetValue(Key(text), out var word) ? word : null;

    private int? Day(Match match, string suffix = "")
    {
        if (match.Groups["d" + suffix].Success)
        {
            return int.Parse(match.Groups["d" + suffix].Value, System.Globalization.CultureInfo.InvariantCulture);
        }

        var word = Key(match.Groups["dw" + suffix].Value);
        return profile.Ordinals.TryGetValue(word, out var ordinal) ? ordinal : profile.Cardinals.TryGetValue(word, out var cardinal) ? cardinal : null;
    }

    private int MonthOf(Match match) => profile.Months[Key(match.Groups["mn"].Value)];

    private static int? Year(Group group)
    {
        if (!group.Success)
        {
            return null;
        }

        var value = int.Parse(group.Value, System.Globalization.CultureInfo.InvariantCulture);
        return group.Value.Length <= 2 ? (value < 30 ? 2000 + value : 1900 + value) : value;
    }

    private static int Int(Group group) => int.Parse(group.Value, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A day and month with an optional year; without one the nearest occurrence is taken.</summary>
    private static DateMention? DayOf(Match match, int? year, int monthNumber, int? dayNumber, DateOnly reference)
    {
        if (dayNumber is not { } d)
        {
            return null;
        }

        var date = year is { } y ? Calendar.TryDate(y, monthNumber, d) : Calendar.LatestMonthDay(monthNumber, d, reference);
        return date is { } found ? Mentions.Day(match.Index, match.Length, found) : null;
    }
}
