using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;
using Microsoft.Recognizers.Text.Utilities;

namespace BenefitsBot.Domain.Dates;

/// <summary>
/// Microsoft.Recognizers.Text's DateTimeModel, whose Parse can leave out the extracted phrases the caller will not read. Hand-written
/// because the library's Parse has no such hook and parsed every phrase of a cue window, though only those over a cue are kept.
/// </summary>
internal sealed class SelectiveDateTimeModel(IDateTimeParser parser, IDateTimeExtractor extractor) : DateTimeModel(parser, extractor)
{
    /// <summary>
    /// The library's DateTimeModel.Parse (1.8.13), step for step, but parsing only the extracted phrases whose span (start, length)
    /// <paramref name="wanted"/> accepts. Its parsers only ever narrow a phrase's span (they strip a modifier and add it back), so a
    /// phrase left out could only have given a result outside the spans wanted. Unlike the library's, a pattern that ran out of time
    /// is not taken for a phrase it fails on: it propagates, so that the text gets its second try (<see cref="PatternTimeouts"/>).
    /// </summary>
    public List<ModelResult> Parse(string query, DateTime reference, Func<int, int, bool> wanted)
    {
        var parsed = new List<DateTimeParseResult>();
        query = QueryProcessor.Preprocess(query, caseSensitive: false, recode: true);
        try
        {
            foreach (var extracted in Extractor.Extract(query, reference))
            {
                if (!wanted(extracted.Start ?? 0, extracted.Length ?? 0))
                {
                    continue;
                }

                var result = Parser.Parse(extracted, reference);
                if (result.Value is List<DateTimeParseResult> results)
                {
                    parsed.AddRange(results);
                }
                else
                {
                    parsed.Add(result);
                }
            }

            parsed = Parser.FilterResults(query, parsed);
        }
#pragma warning disable CA1031 // as the library's Parse: a phrase its parser fails on ends the reading, and what came before stands
        catch (Exception e) when (e is not System.Text.RegularExpressions.RegexMatchTimeoutException)
#pragma warning restore CA1031
        {
        }

        return [.. parsed.Select(p => new ModelResult
        {
            Start = p.Start!.Value,
            End = p.Start!.Value + p.Length!.Value - 1,
            TypeName = p.Type,
            Resolution = p.Value as SortedDictionary<string, object>,
            Text = p.Text,
        })];
    }
}
