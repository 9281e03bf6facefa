using System.Text.Json;
using BenefitsBot.Domain.Dates;
using Microsoft.Recognizers.Text;

namespace BenefitsBot.Domain.Tests.Dates;

/// <summary><see cref="SelectiveDateTimeModel"/> reads as the library's DateTimeModel.Parse does, less the phrases left out.</summary>
public sealed class SelectiveDateTimeModelTests
{
    public static TheoryData<string, string> Suites => new()
    {
        { Culture.English, "English-DateTimeModel.json" },
        { Culture.Dutch, "Dutch-DateTimeModel.json" },
        { Culture.Chinese, "Chinese-DateTimeModel.json" },
    };

    [Theory]
    [MemberData(nameof(Suites))]
    public void Parse_EveryPhraseWanted_SameAsLibraryParse(string culture, string file)
    {
        var model = DatesOnlyModel.Build(culture);
        foreach (var c in SpecLoader.Load(file, culture))
        {
            var reference = (c.Reference ?? new DateOnly(2016, 11, 7)).ToDateTime(TimeOnly.MinValue);
            Assert.Equal(Describe(model.Parse(c.Input, reference)), Describe(model.Parse(c.Input, reference, static (_, _) => true)));
        }
    }

    [Fact]
    public void Parse_PhraseNotWanted_LeftOutAndOthersKept()
    {
        const string Text = "we paid on march 3 2020 and renewed at the end of next month";
        var model = DatesOnlyModel.Build(Culture.English);
        var reference = new DateTime(2026, 11, 22);
        var end = Text.IndexOf("end of", StringComparison.Ordinal);

        var all = model.Parse(Text, reference, static (_, _) => true);
        var overEnd = model.Parse(Text, reference, (at, length) => at <= end && end < at + length);

        Assert.Equal(2, all.Count);
        Assert.Equal(Describe(all.Where(r => r.Start <= end && end <= r.End)), Describe(overEnd));
    }

    /// <summary>Each result's span, type, text and resolution, as JSON.</summary>
    private static List<string> Describe<TResult>(IEnumerable<TResult> results) => [.. results.Select(r => JsonSerializer.Serialize(r))];

    [Fact]
    public void Parse_PatternRanOutOfTime_PropagatesForTheSecondTry()
    {
        var model = new SelectiveDateTimeModel(new UnusedParser(), new TimingOutExtractor());

        Assert.Throws<System.Text.RegularExpressions.RegexMatchTimeoutException>(() => model.Parse("march 3 2020", new DateTime(2026, 11, 22), static (_, _) => true));
    }

    /// <summary>An extractor whose pattern runs out of time, as the library's do on a busy machine.</summary>
    private sealed class TimingOutExtractor : Microsoft.Recognizers.Text.DateTime.IDateTimeExtractor
    {
        public List<ExtractResult> Extract(string input, DateTime reference) =>
            throw new System.Text.RegularExpressions.RegexMatchTimeoutException(input, "(?:x)", TimeSpan.FromMilliseconds(1));

        public List<ExtractResult> Extract(string input) => Extract(input, DateTime.Now);
    }

    /// <summary>Never reached: the extractor fails first.</summary>
    private sealed class UnusedParser : Microsoft.Recognizers.Text.DateTime.IDateTimeParser
    {
        public ParseResult Parse(ExtractResult extResult) => throw new InvalidOperationException();

        public Microsoft.Recognizers.Text.DateTime.DateTimeParseResult Parse(ExtractResult er, DateTime reference) => throw new InvalidOperationException();

        public List<Microsoft.Recognizers.Text.DateTime.DateTimeParseResult> FilterResults(string query, List<Microsoft.Recognizers.Text.DateTime.DateTimeParseResult> candidateResults) => candidateResults;
    }
}
