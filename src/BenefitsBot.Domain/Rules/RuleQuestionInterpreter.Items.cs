using System.Text.RegularExpressions;
using BenefitsBot.Domain.Dates;

namespace BenefitsBot.Domain.Rules;

public sealed partial class RuleQuestionInterpreter
{
    /// <summary>
    /// Several items told each with its date, and the question naming one of them ("the Visio key on 3 March, the Project one on
    /// 10 April; until when does the Project key work?", "Li has had one since 3 May, Ravi since 12 June. Ravi's?", "小王是1月5號、
    /// 阿美是2月9號。阿美那份…?"): that item's date. An item is known by its name as written, in the original case: a capitalised
    /// word that does not open its sentence, a lone capital letter, in Chinese a word in Latin letters or the words right before the
    /// date (阿美是, B公司); a date's own words are no name. Names are read before each date, or after each when the first date has none
    /// before it and the first and the last have one after them ("gisteren de Dynamics-sleutel, maandag de Intune-sleutel"). A question naming nobody refers to whom the sentence
    /// just before it names ("Ravi quits Friday. When may his go to Jo?"). Only when another told date has a name of its own that the
    /// question does not name, so one item's date among unnamed ones stays ("can I give Sara's subscription to Amira?").
    /// </summary>
    private static Candidate? ItemAsked(RuleKind kind, string text, TextView view, List<Candidate> candidates, Candidate chosen, bool cjk)
    {
        // Most questions tell one date: no item to pick, and no sentence split needed.
        if (candidates.Count < 2)
        {
            return null;
        }

        var questions = QuestionSpans(view);
        var told = candidates
            .Where(c => (c.Role == chosen.Role || c.Role is null) && !questions.Exists(q => q.Start <= c.Start && c.Start < q.End))
            .OrderBy(c => c.Start).ToList();
        if (told.Count < 2 || !told.Contains(chosen) || questions.Count == 0)
        {
            return null;
        }

        // A date in the question that is a told one's day names it ("which one is covered, the 31 December one?"), when that told date
        // has the rule's own role; a day told and then asked about again ("Ali is back on Monday. Can we ask on Monday?") is the day
        // asked.
        var restated = told.FindAll(c => (c.Role is { } role ? KindRoles.Accepts(kind, role) : kind == RuleKind.CovidExtension) && candidates.Exists(q => questions.Exists(s => s.Start <= q.Start && q.Start < s.End) && q.Date.Month == c.Date.Month && q.Date.Day == c.Date.Day));
        if (restated.Count == 1)
        {
            return restated[0];
        }

        var asked = string.Concat(questions.Select(q => text[q.Start..Math.Min(q.End, text.Length)] + "\n"));
        // In the question any capitalised word may name a told item, even opening it ("Joost vertrekt; vanaf wanneer …?"): it is
        // matched against the names told, which do not open their sentences.
        var askedNames = questions.SelectMany(q => (cjk ? LatinWord() : CapitalisedWord()).Matches(text[..Math.Min(q.End, text.Length)], q.Start).Select(m => m.Value))
            .Where(w => w != "I").ToList();
        bool Asked(string name) => cjk && !IsLatin(name) ? asked.Contains(name, StringComparison.Ordinal)
            : askedNames.Exists(a => a.Equals(name, StringComparison.OrdinalIgnoreCase) || (a.Length == name.Length + 1 && a.StartsWith(name, StringComparison.OrdinalIgnoreCase) && a[^1] is 's' or 'S'));

        var namesBefore = told.Select((c, i) => ItemNames(text, i == 0 ? 0 : told[i - 1].End, c.End, cjk, candidates, c)).ToList();
        // Names after the dates only when the first date and the final one both have one after them in their sentence ("Erik fick sin
        // 2 december och Sofia sin 15 januari" names Sofia before her date, not after Erik's).
        var after = namesBefore[0].Count == 0 && SameSentence(text, told[0].End, told[1].Start)
            && ItemNames(text, told[0].End, told[1].Start, cjk, candidates, null) is { Count: > 0 }
            && ItemNames(text, told[^1].End, SentenceEnd(text, told[^1].End), cjk, candidates, null) is { Count: > 0 };
        var named = after
            ? told.Select((c, i) => ItemNames(text, c.End, Math.Min(i + 1 < told.Count ? told[i + 1].Start : text.Length, SentenceEnd(text, c.End)), cjk, candidates, null)).ToList()
            : namesBefore;
        List<int> Naming() => [.. Enumerable.Range(0, told.Count).Where(i => named[i].Exists(Asked))];
        var naming = Naming();
        if (naming.Count == 0 && !cjk && told[^1].End < questions[0].Start)
        {
            // A question naming none of them refers to whom a whole sentence between the last told date and it names ("Ravi quits
            // Friday. When may his go to Jo?"), a name opening it too.
            var before = text[told[^1].End..questions[0].Start].TrimEnd();
            var stop = SentenceBreaks.End().Matches(before).LastOrDefault(m => m.Index < before.Length - 1);
            askedNames = stop is null ? [] : [.. CapitalisedWord().Matches(before[(stop.Index + 1)..]).Select(m => m.Value).Where(w => w != "I")];
            naming = Naming();
        }

        // Keys and tokens come several to a message; other items count as listed only in one sentence ("Anna got hers on 3 May, Bert
        // on 12 June"), not a name in another sentence's aside ("Teams launch party on 6 May").
        var listed = kind is RuleKind.KeyUsableUntil or RuleKind.ReplacementTokenDeadline;
        return naming.Count == 1
            && named.Where((n, i) => n.Count > 0 && !n.Exists(Asked) && (listed || SameSentence(text, told[i].Start, told[naming[0]].Start))).Any()
            ? told[naming[0]] : null;
    }

    /// <summary>The names told with a date: capitalised or Latin words in the window, and in Chinese the words right before the date.</summary>
    private static List<string> ItemNames(string text, int start, int end, bool cjk, List<Candidate> dates, Candidate? date)
    {
        var names = Names(text, start, end, cjk, dates);
        if (cjk && date is { } d && ChineseItemName().Match(text[Math.Max(start, d.Start - 12)..d.Start]) is { Success: true } name)
        {
            var word = name.Groups["name"].Value;
            // Not the writer or a pronoun (我們2024/3/1買的), which any question may repeat.
            if (word.Length >= 2 && !ChinesePronoun().IsMatch(word))
            {
                names.Add(word);
            }
        }

        return names;
    }

    private static bool SameSentence(string text, int first, int second) =>
        !SentenceBreaks.End().IsMatch(text.AsSpan(Math.Min(first, second), Math.Abs(second - first)));

    private static int SentenceEnd(string text, int index) =>
        SentenceBreaks.End().Match(text, Math.Min(index, text.Length)) is { Success: true } end ? end.Index : text.Length;

    private static bool IsLatin(string word) => word.All(char.IsAscii);

    /// <summary>Chinese: the item named right before its date, after a list separator (阿美是, B公司, 資料分析, 雲端那張的到期日是), the date's words left out.</summary>
    [GeneratedRegex(@"(?<=^|[，、：；。,;:（(\s])(?<name>[A-Za-z0-9]{0,3}\p{IsCJKUnifiedIdeographs}{1,6}?)(?:的)?(?:週年日|周年日|週年|到期日|續約日|生效日|日期)?(?:是|在|於|于|為|为)?\s*[:：]?\s*$")]
    private static partial Regex ChineseItemName();

    [GeneratedRegex(@"^(我|你|您|他|她|它|本|咱|大家|公司)")]
    private static partial Regex ChinesePronoun();

    /// <summary>
    /// A pasted list with a date on each bulleted line ("• Nora – VS Enterprise – since Oct 1, 2024"), and the text after the list
    /// naming one line's own item, even as the word opening a sentence ("Liam quit. Is it OK to pass his subscription on?"): that
    /// line's date. A name counts only when one line alone holds it ("VS", on every line, names none).
    /// </summary>
    private static Candidate? ListedItemAsked(string text, List<Candidate> candidates)
    {
        var listed = candidates.Where(c => c.End <= text.Length && BulletLine().IsMatch(text.AsSpan(LineStart(text, c.Start), c.Start - LineStart(text, c.Start))))
            .OrderBy(c => c.Start).ToList();
        if (listed.Count < 2 || candidates.Exists(c => c.Start < listed[^1].Start && !listed.Contains(c)))
        {
            return null;
        }

        var lines = listed.ConvertAll(c => CapitalisedWord().Matches(text[LineStart(text, c.Start)..c.Start]).Select(m => m.Value).ToHashSet(StringComparer.Ordinal));
        var after = CapitalisedWord().Matches(text[listed[^1].End..]).Select(m => m.Value).Where(w => w != "I").ToHashSet(StringComparer.Ordinal);
        var naming = listed.Where((c, i) => lines[i].Any(name => after.Contains(name) && lines.Count(l => l.Contains(name)) == 1)).ToList();
        return naming.Count == 1 ? naming[0] : null;
    }

    /// <summary>Where the line holding <paramref name="index"/> starts.</summary>
    private static int LineStart(string text, int index) => index <= 0 ? 0 : text.LastIndexOf('\n', Math.Min(index, text.Length) - 1) + 1;

    /// <summary>A line opened by a list bullet: "- ", "• ", "* ", "– ".</summary>
    [GeneratedRegex(@"^[ \t]*[-•*–·][ \t]")]
    private static partial Regex BulletLine();

    private static List<string> Names(string text, int start, int end, bool cjk, List<Candidate> dates)
    {
        end = Math.Min(end, text.Length);
        var names = new List<string>();
        foreach (Match name in (cjk ? LatinWord() : CapitalisedWord()).Matches(text[..end], start))
        {
            // Opening its sentence, a word is capitalised anyway; unless a compound names the thing ("Visio-nyckeln", "Office-sleutel"),
            // or a pasted list's bullet opens the line, which then names its item ("- Visio: inlöst 2025-01-15").
            var compound = name.Index + name.Length < text.Length && text[name.Index + name.Length] == '-';
            if (name.Value == "I" || dates.Exists(d => d.Start <= name.Index && name.Index < d.End)
                || (!cjk && !compound && OpensSentence(text, name.Index) && !OpensBulletedLine(text, name.Index)))
            {
                continue;
            }

            names.Add(name.Value);
        }

        return names;
    }

    private static bool OpensSentence(string text, int index)
    {
        var before = text.AsSpan(0, index).TrimEnd();
        // Not after a colon or an opening bracket, where a list's item or an aside's name stands ("two keys: Office on 1/3 …",
        // "on 15 September (Security)").
        return before.IsEmpty || before[^1] is '.' or '!' or '?' or '\n' or '"' or '“' or '-' or '–';
    }

    /// <summary>The word at <paramref name="index"/> is the first after its line's bullet.</summary>
    private static bool OpensBulletedLine(string text, int index)
    {
        var start = LineStart(text, index);
        return BulletLine().Match(text, start, index - start) is { Success: true } bullet && text.AsSpan(start + bullet.Length, index - start - bullet.Length).IsWhiteSpace();
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}]*(?![\p{L}\p{N}])")]
    private static partial Regex CapitalisedWord();

    [GeneratedRegex(@"(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9]+(?![A-Za-z0-9])")]
    private static partial Regex LatinWord();
}
