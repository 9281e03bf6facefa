using System.Globalization;
using System.Text;
using BenefitsBot.Domain.Dates;
using Xunit.Abstractions;

namespace BenefitsBot.Domain.Tests.Dates;

/// <summary>
/// Ours, Microsoft.Recognizers.Text's DateTimeModel and the combination that <see cref="DateRecognizer"/> uses, side by side on every
/// upstream spec case (per suite and category, in scope or not) and on the dev date questions. Prints the table, writes it and each
/// case where the three differ to recognizer-comparison.md beside the test binary, and fails when the combination passes fewer spec cases
/// of a suite, or dev questions of a language, than ours alone (where the model reads only cued phrases, it may still pass fewer than
/// the model alone: that is the price of speed, and the table shows it).
/// </summary>
public sealed class RecognizerComparisonTests(ITestOutputHelper output)
{
    private static readonly DateRecognizer Recognizer = new();

    private static readonly (string Name, Func<string, string, DateOnly, IReadOnlyList<DateMention>> Recognize)[] Contenders =
    [
        ("ours", Recognizer.RecognizeOurs),
        ("official", Recognizer.RecognizeOfficial),
        ("combined", Recognizer.Recognize),
    ];

    [Fact]
    public void Recognize_SpecsAndDevSet_CombinationPassesAtLeastAsManyAsOurs()
    {
        var table = new StringBuilder("| suite | category | cases | ours | official | combined |\n|---|---|---|---|---|---|\n");
        var differences = new StringBuilder("\n## cases where they differ\n");
        var totals = new Dictionary<string, int[]>();
        foreach (var (key, culture, file, _) in RecognizerSpecTests.Suites.Select(row => ((string)row[0], (string)row[1], (string)row[2], (string)row[3])))
        {
            var rows = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
            foreach (var c in SpecLoader.Load(file, culture))
            {
                var category = SpecScope.Category(c);
                category = category.StartsWith("self-contradicting", StringComparison.Ordinal) ? "self-contradicting" : category;
                var reference = c.Reference ?? new DateOnly(2016, 11, 7);
                var failures = Contenders.Select(r => SpecJudge.Failure(c, r.Recognize(c.Input, culture, reference))).ToArray();
                var row = rows.TryGetValue(category, out var counts) ? counts : rows[category] = new int[Contenders.Length + 1];
                row[0]++;
                for (var i = 0; i < failures.Length; i++)
                {
                    row[i + 1] += failures[i] is null ? 1 : 0;
                }

                if (failures.Select(f => f is null).Distinct().Count() > 1)
                {
                    differences.AppendLine(CultureInfo.InvariantCulture, $"- {key} [{category}] [{reference:yyyy-MM-dd}] {c.Input.ReplaceLineEndings(" ")} :: {string.Join(" / ", Contenders.Select((r, i) => $"{r.Name}: {failures[i] ?? "pass"}"))}");
                }
            }

            foreach (var (category, counts) in rows)
            {
                table.AppendLine(CultureInfo.InvariantCulture, $"| {key} | {category} | {string.Join(" | ", counts)} |");
            }

            totals[key] = [.. Enumerable.Range(0, Contenders.Length + 1).Select(i => rows.Values.Sum(r => r[i]))];
            table.AppendLine(CultureInfo.InvariantCulture, $"| **{key}** | **all** | {string.Join(" | ", totals[key])} |");
        }

        foreach (var language in DevDateQuestions.Load().GroupBy(q => q.Language))
        {
            var counts = Contenders.Select(r => language.Count(q => FirstDay(r.Recognize, q) == q.Expected)).ToArray();
            table.AppendLine(CultureInfo.InvariantCulture, $"| dev {language.Key} | first date | {language.Count()} | {string.Join(" | ", counts)} |");
            totals[$"dev {language.Key}"] = [language.Count(), .. counts];
            foreach (var q in language.Where(q => Contenders.Select(r => FirstDay(r.Recognize, q) == q.Expected).Distinct().Count() > 1))
            {
                differences.AppendLine(CultureInfo.InvariantCulture, $"- dev {q.Language} {q.Text} :: expected {q.Expected:yyyy-MM-dd}; {string.Join(" / ", Contenders.Select(r => $"{r.Name}: {FirstDay(r.Recognize, q):yyyy-MM-dd}"))}");
            }
        }

        output.WriteLine(table.ToString());
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "recognizer-comparison.md"), table.ToString() + differences);
        Assert.All(totals, t => Assert.True(t.Value[3] >= t.Value[1], $"{t.Key}: combined {t.Value[3]} < ours {t.Value[1]}"));
    }

    private static DateOnly? FirstDay(Func<string, string, DateOnly, IReadOnlyList<DateMention>> recognize, DevDateQuestions.Question q) =>
        recognize(q.Text, q.Language, q.Reference).FirstOrDefault(m => m.Kind == DateMentionKind.Date)?.Date;
}
