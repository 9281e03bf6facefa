using System.Text.RegularExpressions;

namespace BenefitsBot.Domain.Rules;

public sealed partial class RuleQuestionInterpreter
{
    /// <summary>
    /// Clause boundaries: sentence and comma punctuation (Latin and CJK), a dash or a slash between spaces (not the hyphens and
    /// slashes of dates; chat joins two short lines with " / "), emoji
    /// and other symbols, which end a sentence in chat ("... instead of renewing 🤦 can we still ..."), and quotation marks, so that a
    /// forwarded question is a clause of its own (my boss asks: 'can we still ...?'; a single quote only after punctuation).
    /// </summary>
    [GeneratedRegex(@"[,.;:?!，。；：？！\n\p{So}\p{Cs}""“”„«»「」『』]+(\s*')?|\s[-–—/]\s|——|―", RegexOptions.NonBacktracking)]
    private static partial Regex ClauseBoundary();

    /// <summary>
    /// For placing dates and role phrases: clause punctuation, brackets and list bullets; not a colon, which ends a label in pasted
    /// records ("Redeemed: 2023-05-17", "anniversary is approaching: August 19"). The language's joining words are added
    /// (<see cref="RuleVocabulary.ClauseJoinWords"/>).
    /// </summary>
    [GeneratedRegex(@"[,;?!，。；？！\n()（）·•|\p{So}\p{Cs}""“”„«»「」『』]+|\.\s|\s[-–—/]\s|——|―", RegexOptions.NonBacktracking)]
    private static partial Regex RoleClauseBoundary();

    /// <summary>A clause, and whether a full stop ends it: then a verb-first clause is a statement after a fronted phrase
    /// ("op 2 januari, hebben we het toegewezen."), not a question; <paramref name="Asked"/>: a question mark ends it;
    /// <paramref name="InStatement"/>: a full stop ends its sentence while the text asks elsewhere with a question mark, so a
    /// verb-first clause in it is a clipped statement ("Did it Tuesday, around 4pm.") and not a question typed without its mark.</summary>
    private readonly record struct Clause(TextView View, int Start, int End, bool Declarative, bool Asked, bool InStatement = false);

    private static Clause[] Clauses(TextView view)
    {
        var clauses = new List<Clause>();
        var start = 0;
        foreach (Match boundary in ClauseBoundary().Matches(view.Text))
        {
            clauses.Add(new(view.Slice(start, boundary.Index), start, boundary.Index, EndsSentence(view.Text, boundary), EndsQuestion(boundary)));
            start = boundary.Index + boundary.Length;
        }

        // A chat line without any question mark: its last clause may be the question ("too late").
        start = Math.Min(start, view.Text.Length);
        var unmarked = !HasQuestionMark(view.Text);
        clauses.Add(new(view.Slice(start, view.Text.Length), start, view.Text.Length, false, unmarked));
        if (!unmarked)
        {
            // Back from each full stop to the previous sentence end: those clauses state.
            var inStatement = false;
            for (var i = clauses.Count - 1; i >= 0; i--)
            {
                inStatement = clauses[i].Declarative || (inStatement && !clauses[i].Asked);
                clauses[i] = clauses[i] with { InStatement = inStatement };
            }
        }

        return [.. clauses];
    }

    /// <summary>
    /// The sentences that end in a question mark (or the whole line when none has one), as spans of the text; a pasted list before
    /// the question, ended by a line break, is not part of it.
    /// </summary>
    private static List<(int Start, int End)> QuestionSpans(TextView view)
    {
        var spans = new List<(int Start, int End)>();
        var sentenceStart = 0;
        foreach (var clause in Clauses(view))
        {
            if (clause.Asked)
            {
                spans.Add((Math.Max(sentenceStart, LineStart(view.Text, clause.Start)), clause.End));
            }

            if (clause.Asked || clause.Declarative)
            {
                sentenceStart = clause.End;
            }
        }

        return spans;
    }

    private static bool HasQuestionMark(string text) => text.Contains('?', StringComparison.Ordinal) || text.Contains('？', StringComparison.Ordinal);

    private static bool EndsQuestion(Match boundary) => HasQuestionMark(boundary.Value);

    /// <summary>A full stop ends the sentence: "." before white space or the end (not the dot of "14.03"), or "。"; not with a "?".</summary>
    private static bool EndsSentence(string text, Match boundary)
    {
        var end = boundary.Index + boundary.Length;
        var stop = boundary.Value.Contains('。', StringComparison.Ordinal) || (boundary.Value.Contains('.', StringComparison.Ordinal) && (end >= text.Length || char.IsWhiteSpace(text[end])));
        return stop && !HasQuestionMark(boundary.Value);
    }

    /// <summary>
    /// The smallest clauses: split at punctuation and at the question language's own joining words ("... expiry is Jan 31 and we
    /// redeemed on Dec 1"); only its own, since the Dutch "en" (and) is the Swedish "en" (a).
    /// </summary>
    private static List<(int Start, int End)> ClauseSpans(TextView view, RuleVocabulary own)
    {
        var text = view.Text;
        var spans = new List<(int Start, int End)>();
        var start = 0;
        var boundaries = RoleClauseBoundary().Matches(text).Concat(own.ClauseJoinWords.Matches(view.For(own)))
            .OrderBy(m => m.Index).Where(m => m.Length > 0);
        foreach (var boundary in boundaries)
        {
            if (boundary.Index < start)
            {
                continue;
            }

            spans.Add((start, boundary.Index));
            start = boundary.Index + boundary.Length;
        }

        spans.Add((start, text.Length + 1));
        return spans;
    }

    /// <summary>The punctuation clause that holds <paramref name="offset"/>.</summary>
    private static Clause ClauseAround(TextView view, int offset) => ClauseAround(Clauses(view), offset);

    private static Clause ClauseAround(Clause[] clauses, int offset) => Array.Find(clauses, c => c.End > offset) is { View.Text: not null } found ? found : clauses[^1];

    /// <summary>
    /// A yes/no asked in any clause, except one that follows a fronted "from which date / until which day" in the same sentence:
    /// "Up to which date, at the very latest, may we reactivate it?" is one open question with its verb after the commas. A clause
    /// with a number states an amount ("a limit of 60 days, I believed; … is it still possible?"), it is no fronted question.
    /// </summary>
    private static bool AsksEligibility(Clause[] clauses, RuleVocabulary[] vocabularies)
    {
        var afterFrontedOpen = false;
        foreach (var clause in clauses)
        {
            if (!afterFrontedOpen && AsksEligibility(clause, vocabularies))
            {
                return true;
            }

            afterFrontedOpen = !clause.Declarative && !clause.Asked
                && (afterFrontedOpen || (IsOpenQuestion(clause, vocabularies) && Words().Count(clause.View.Text) <= FrontedPhraseWords
                    && !clause.View.Text.Any(char.IsAsciiDigit)));
        }

        return false;
    }

    /// <summary>Words of a fronted question phrase without its verb ("and up to which day", "from which day on").</summary>
    private const int FrontedPhraseWords = 5;

    [GeneratedRegex(@"\S+", RegexOptions.NonBacktracking)]
    private static partial Regex Words();

    /// <summary>
    /// A yes/no question in a clause that is not itself a "how long / until when" question. A clause opening with its verb asks
    /// yes or no even with a subordinate "when" in it ("can I renew when I'm back?"), unless the "when" hangs on a verb of telling
    /// ("can you tell me when ...").
    /// </summary>
    private static bool AsksEligibility(Clause sentence, RuleVocabulary[] vocabularies)
    {
        var clause = sentence.View;
        var verbFirst = !sentence.Declarative && !sentence.InStatement && vocabularies.Any(v => v.VerbFirstQuestion?.IsMatch(clause.For(v)) == true);
        var subordinateWhen = verbFirst && !vocabularies.Any(v => v.TellWords.IsMatch(clause.For(v)));
        var open = vocabularies.Any(v => v.OpenQuestionCues.Any(c =>
            c.IsMatch(subordinateWhen && v.SubordinateWhen is { } when ? when.Replace(clause.For(v), " ") : clause.For(v))));
        return !open && (verbFirst || vocabularies.Any(v => v.EligibilityCues.Any(c => c.IsMatch(clause.For(v)))
            || (sentence.Asked && v.AskedOnlyCues.Any(c => c.IsMatch(clause.For(v))))));
    }

    /// <summary>A clause that asks: a question, a yes/no or an open question.</summary>
    private static bool IsAsking(Clause clause, RuleVocabulary[] vocabularies) =>
        clause.Asked || AsksEligibility(clause, vocabularies) || IsOpenQuestion(clause, vocabularies);

    /// <summary>A "how long / until when" question: a clause with an open-question word.</summary>
    private static bool IsOpenQuestion(Clause clause, RuleVocabulary[] vocabularies) =>
        vocabularies.Any(v => v.OpenQuestionCues.Any(c => c.IsMatch(clause.View.For(v))));

    /// <summary>
    /// The facts stated, each read in the smallest clause (split at punctuation and at "and/but"), so that a negation only cancels
    /// the statement it stands in ("we downloaded the keys but haven't activated them").
    /// </summary>
    private static RuleFacts StatedFacts(TextView view, RuleVocabulary[] vocabularies)
    {
        var spans = ClauseSpans(view, vocabularies[0]);
        var clauses = spans.Select(c => view.Slice(c.Start, Math.Min(c.End, view.Text.Length))).ToArray();
        return new RuleFacts(
            SaysSoftwareActivated(clauses, vocabularies),
            SaysReplacementAlreadyIssued(clauses, vocabularies) || ReplacementThenReceived(view, spans, clauses, vocabularies),
            vocabularies.Any(v => v.PersonLeftWords.IsMatch(view.For(v))),
            SaysRenewalPaid(view, vocabularies));
    }

    /// <summary>
    /// This cycle's renewal paid; read across brackets ("de verlenging (gekocht op 8-9-2020) hebben we al betaald"), not negated
    /// within the phrase itself.
    /// </summary>
    private static bool SaysRenewalPaid(TextView view, RuleVocabulary[] vocabularies) =>
        vocabularies.Any(v => v.RenewalPaidWords.Matches(view.For(v)).Any(m => !v.NegationWords.IsMatch(NegationReach(view.For(v), m))
            && !vocabularies.Any(p => p.PartialWords.IsMatch(PartialReach(view.For(v), m)))));

    /// <summary>The phrase and a few characters either side, where "half" or 一半 makes the payment partial ("paid half the renewal", 付了一半).</summary>
    private static string PartialReach(string text, Match phrase)
    {
        var start = Math.Max(0, phrase.Index - PartialReachCharacters);
        return text[start..Math.Min(text.Length, phrase.Index + phrase.Length + PartialReachCharacters)];
    }

    private const int PartialReachCharacters = 14;

    /// <summary>The phrase and the few words before it, where a negation of it stands ("we haven't paid the renewal").</summary>
    private static string NegationReach(string text, Match phrase)
    {
        var start = Math.Max(0, phrase.Index - 16);
        var clauseStart = text.LastIndexOfAny([',', '.', ';', '?', '!', '，', '。', '？', '！'], Math.Max(0, phrase.Index - 1)) + 1;
        start = Math.Max(start, clauseStart);
        return text[start..(phrase.Index + phrase.Length)];
    }

    private static bool Says(TextView clause, RuleVocabulary[] vocabularies, Func<RuleVocabulary, string, bool> statement) =>
        vocabularies.Any(v => statement(v, clause.For(v))) && !vocabularies.Any(v => v.NegationWords.IsMatch(clause.For(v)));

    /// <summary>
    /// An activation verb (activated, downloaded, installed, used) about the software or its keys, or with "already": the refund
    /// condition of the article. Not when negated in the same clause ("haven't touched the software"). The verb and the product may
    /// come from different languages' phrases ("har laddat ner Windows Server-iso:n").
    /// </summary>
    private static bool SaysSoftwareActivated(TextView[] clauses, RuleVocabulary[] vocabularies) =>
        clauses.Any(clause => Says(clause, vocabularies, (v, text) => v.ActivationWords.IsMatch(text)) &&
            vocabularies.Any(v => v.SoftwareWords.IsMatch(clause.For(v)) || v.RepeatWords.IsMatch(clause.For(v))));

    /// <summary>
    /// A replacement (replace, swap, exchange) done before ("already / before / again / a second") or received ("we got a
    /// replacement token"); not when negated.
    /// </summary>
    private static bool SaysReplacementAlreadyIssued(TextView[] clauses, RuleVocabulary[] vocabularies) =>
        clauses.Any(clause => Says(clause, vocabularies, (v, text) => v.ReplacementWords.IsMatch(text)) &&
            vocabularies.Any(v => v.RepeatWords.IsMatch(clause.For(v)) || v.ReceivedWords.IsMatch(clause.For(v))));

    private static readonly System.Buffers.SearchValues<char> SentenceEnds = System.Buffers.SearchValues.Create(".?!。？！");

    /// <summary>
    /// A replacement asked for and, in the next clause of the same sentence, received ("we put in for a new token and were sent one").
    /// </summary>
    private static bool ReplacementThenReceived(TextView view, List<(int Start, int End)> spans, TextView[] clauses, RuleVocabulary[] vocabularies)
    {
        for (var i = 0; i + 1 < clauses.Length; i++)
        {
            var (from, to) = (Math.Min(spans[i].Start, view.Text.Length), Math.Min(spans[i + 1].Start, view.Text.Length));
            if (view.Text.AsSpan(from, to - from).IndexOfAny(SentenceEnds) < 0
                && Says(clauses[i], vocabularies, (v, text) => v.ReplacementWords.IsMatch(text))
                && Says(clauses[i + 1], vocabularies, (v, text) => v.ReceivedWords.IsMatch(text)))
            {
                return true;
            }
        }

        return false;
    }
}
