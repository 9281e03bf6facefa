namespace BenefitsBot.Domain.Knowledge;

/// <summary>
/// Authored alternate phrasings of entries' questions, per language (like QnA Maker's alternate questions), read from
/// <c>alternate-questions.tsv</c>: columns <c>question_en</c> (exactly <see cref="FaqEntry.QuestionEn"/>), <c>lang</c>, <c>text</c>.
/// </summary>
public sealed class AlternateQuestions
{
    public const string FileName = "alternate-questions.tsv";

    private readonly Dictionary<(string Id, string Language), List<string>> byEntry = [];

    public static AlternateQuestions None { get; } = new();

    public int Count => byEntry.Values.Sum(list => list.Count);

    public IReadOnlyList<string> For(string entryId, string language) =>
        byEntry.TryGetValue((entryId, language), out var list) ? list : [];

    /// <summary>These alternates plus <paramref name="extra"/> (those whose entry <paramref name="entryExists"/> denies are skipped); this instance is unchanged.</summary>
    public AlternateQuestions Plus(IEnumerable<AlternateQuestion> extra, Func<string, bool> entryExists)
    {
        ArgumentNullException.ThrowIfNull(extra);
        ArgumentNullException.ThrowIfNull(entryExists);
        var result = new AlternateQuestions();
        foreach (var (key, list) in byEntry)
        {
            result.byEntry[key] = [.. list];
        }

        foreach (var alternate in extra.Where(alternate => entryExists(alternate.EntryId) && FaqLanguages.All.Contains(alternate.Language)))
        {
            var key = (alternate.EntryId, alternate.Language);
            var list = result.byEntry.TryGetValue(key, out var found) ? found : result.byEntry[key] = [];
            list.Add(alternate.Text.Trim());
        }

        return result;
    }

    /// <summary>Parses the file's lines against the entries; a bad line throws <see cref="ArticleFormatException"/> with its number.</summary>
    public static AlternateQuestions Parse(string filePath, IEnumerable<string> lines, IReadOnlyList<FaqEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(entries);
        var byQuestion = entries.GroupBy(entry => entry.QuestionEn, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.First(), StringComparer.Ordinal);
        var result = new AlternateQuestions();
        var lineNumber = 0;
        foreach (var line in lines)
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#') || (lineNumber == 1 && line.StartsWith("question_en\t", StringComparison.Ordinal)))
            {
                continue;
            }

            var cells = line.Split('\t');
            if (cells.Length != 3 || cells[2].Trim().Length == 0)
            {
                throw new ArticleFormatException(filePath, lineNumber, "expected three tab-separated columns: question_en, lang, text");
            }

            if (!byQuestion.TryGetValue(cells[0].Trim(), out var entry))
            {
                throw new ArticleFormatException(filePath, lineNumber, $"no entry has the English question \"{cells[0].Trim()}\"");
            }

            var language = FaqLanguages.All.FirstOrDefault(known => known.Equals(cells[1].Trim(), StringComparison.OrdinalIgnoreCase))
                ?? throw new ArticleFormatException(filePath, lineNumber, $"unknown language \"{cells[1].Trim()}\" (expected {string.Join('|', FaqLanguages.All)})");
            var key = (entry.Id, language);
            var list = result.byEntry.TryGetValue(key, out var found) ? found : result.byEntry[key] = [];
            list.Add(cells[2].Trim());
        }

        return result;
    }
}
