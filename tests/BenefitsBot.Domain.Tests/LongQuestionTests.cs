using System.Text.RegularExpressions;
using BenefitsBot.Domain.Dates;
using BenefitsBot.Domain.Rules;

namespace BenefitsBot.Domain.Tests;

/// <summary>A pasted document instead of a question: only its first <see cref="QuestionText.MaxAnalyzedLength"/> characters are read, in time linear in their length.</summary>
public sealed class LongQuestionTests
{
    private static readonly DateOnly Today = new(2025, 6, 1);
    private readonly DateRecognizer dates = new();
    private readonly RuleQuestionInterpreter interpreter = new();

    private static string Repeat(string unit, int length) => string.Concat(Enumerable.Repeat(unit, (length / unit.Length) + 1))[..length];

    [Theory]
    [InlineData("en", "we bought it on 3 March 2025, when can we renew? ")]
    [InlineData("sv", "vi köpte den 3 mars 2025, när kan vi förnya? ")]
    [InlineData("nl", "we kochten het op 3 maart 2025, wanneer kunnen we verlengen? ")]
    [InlineData("zh-TW", "我們在2025年3月3日買了，什麼時候可以續約？")]
    public void Recognize_DatesPastTheAnalyzedLength_AreNotRead(string language, string sentence)
    {
        var mentions = dates.Recognize(Repeat(sentence, 3 * QuestionText.MaxAnalyzedLength), language, Today);

        Assert.NotEmpty(mentions);
        Assert.All(mentions, m => Assert.True(m.Start + m.Length <= QuestionText.MaxAnalyzedLength, $"mention at {m.Start}"));
    }

    [Fact]
    public void Interpret_CueOnlyPastTheAnalyzedLength_IsNoRuleQuestion()
    {
        var text = new string('x', QuestionText.MaxAnalyzedLength) + " we bought it on 3 March 2025, when can we renew?";

        Assert.Null(interpreter.Interpret(text, "en", []));
    }

    [Theory]
    [InlineData("xxxxxxxxxx")]
    [InlineData("the quick brown fox ")]
    public void Recognize_RangeAfterLongText_StillTakesTheOpeningWord(string filler)
    {
        var text = Repeat(filler, 1500) + " from March 3 to March 5 2025";

        var range = Assert.Single(dates.Recognize(text, "en", Today), m => m.Kind == DateMentionKind.DateRange);

        Assert.Equal(text.IndexOf(" from", StringComparison.Ordinal) + 1, range.Start);
        Assert.Equal((new DateOnly(2025, 3, 3), new DateOnly(2025, 3, 5)), (range.RangeStart, range.RangeEnd));
    }

    [Fact]
    public void Recognize_WordEndingInTheOpeningWord_IsNoRangeOpener()
    {
        var text = Repeat("x", 300) + "from March 3 to March 5 2025";

        var range = Assert.Single(dates.Recognize(text, "en", Today), m => m.Kind == DateMentionKind.DateRange);

        Assert.Equal(text.IndexOf("March", StringComparison.Ordinal), range.Start);
    }

    /// <summary>Inputs that made patterns scan the rest of the text from every match (quadratic) or run into their timeout.</summary>
    [Theory]
    [InlineData("zh-TW", "我們什麼時候可以續約2020年9月1日")]
    [InlineData("zh-TW", "可以")]
    [InlineData("zh-TW", "2026年3月6日(星期五)")]
    [InlineData("en", "when can we renew the action pack after 1 sept 2020 ")]
    [InlineData("en", "from 1/2 ")]
    [InlineData("en", "the first 2 weeks of 2021 ")]
    [InlineData("en", "for 2 weeks starting May 20th ")]
    [InlineData("sv", "när kan vi förnya action pack efter 1 sept 2020 ")]
    [InlineData("nl", "tussen 3 maart en ")]
    /// <remarks>What it costs is a benchmark figure (`messages --lengths`), not a test; here no pattern may run into a timeout.</remarks>
    public void RecognizeAndInterpret_RepetitiveTextAtTheAnalyzedLength_CompletesWithoutTimeout(string language, string unit)
    {
        var text = Repeat(unit, QuestionText.MaxAnalyzedLength);

        var failure = Record.Exception(() => interpreter.Interpret(text, language, dates.Recognize(text, language, Today)));

        Assert.Null(failure);
    }

    /// <summary>Backtracking is kept only where the linear engine lacks lookaround, and there only without unbounded loops or anchored at the start.</summary>
    [Fact]
    public void Vocabularies_EveryPattern_IsLinearOrBounded()
    {
        RuleVocabulary[] vocabularies = [RuleVocabularyEn.Vocabulary, RuleVocabularySv.Vocabulary, RuleVocabularyNl.Vocabulary, RuleVocabularyZhTw.Vocabulary];
        var patterns = vocabularies.SelectMany(v => v.KindCues.Select(c => c.Pattern).Concat(v.RoleCues.Select(c => c.Pattern))
            .Concat(v.EligibilityCues).Concat(v.OpenQuestionCues).Concat(v.WhenCues)
            .Concat([v.SoftwareWords, v.ActivationWords, v.NegationWords, v.ReplacementWords, v.RepeatWords, v.TodayWords]));

        Assert.All(patterns, p => Assert.True(
            p.Options.HasFlag(RegexOptions.NonBacktracking)
            || (p.MatchTimeout != Regex.InfiniteMatchTimeout && (p.ToString().StartsWith('^') || !Regex.IsMatch(p.ToString(), @"(?<!\\)[*+]"))),
            p.ToString()));
    }
}
