using System.Text.RegularExpressions;

namespace BenefitsBot.Domain.Rules;

public sealed partial class RuleQuestionInterpreter
{
    /// <summary>
    /// Several items told each with its date, and the question naming one of them ("the Visio key on 3 March, the Project one on
    /// 10 April; until when does the Project key work?", "sleutel A op 3-3, sleutel B op 10-4 … sleutel B?", "Visio 的在3月3日，Project
    /// 的在4月10日。Project 那把…?"): that item's date. An item is known by its name as written, in the original case: a capitalised word
    /// that does not open its sentence, a lone capital letter, or in Chinese a word in Latin letters; a date's own words are no name.
    /// Only when another told date has a name of its own that the question does not name, so one item's date among unnamed ones stays;
    /// and only for keys and tokens, which come several to a message: names beside a subscription's or a membership's dates are
    /// mostly people's and the signature's ("can I give Sara's subscription to Amira, who starts on Monday?").
    /// </summary>
    private static Candidate? ItemAsked(string text, TextView view, List<Candidate> candidates, Candidate chosen, bool cjk)
    {
        var questions = QuestionSpans(view);
        var told = candidates
            .Where(c => (c.Role == chosen.Role || c.Role is null) && !questions.Exists(q => q.Start <= c.Start && c.Start < q.End))
            .OrderBy(c => c.Start).ToList();
        if (told.Count < 2 || !told.Contains(chosen))
        {
            return null;
        }

        var asked = questions.SelectMany(q => Names(text, q.Start, q.End, cjk, candidates)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (asked.Count == 0)
        {
            return null;
        }

        var named = told.Select((c, i) => (Candidate: c, Names: Names(text, i == 0 ? 0 : told[i - 1].End, c.End, cjk, candidates))).ToList();
        var naming = named.FindAll(n => n.Names.Exists(asked.Contains));
        return naming.Count == 1 && named.Exists(n => n.Names.Count > 0 && !n.Names.Exists(asked.Contains)) ? naming[0].Candidate : null;
    }

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
        return before.IsEmpty || before[^1] is '.' or '!' or '?' or ':' or '\n' or '"' or '“' or '(' or '-' or '–';
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
