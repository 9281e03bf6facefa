using System.Text.Json;
using BenefitsBot.Testing;

namespace BenefitsBot.Domain.Tests.Rules;

/// <summary>One line of a date-rule set (the format of ../shared/eval/dates-dev.jsonl).</summary>
internal sealed record DatesDevLine(int Line, string Lang, string Text, DateOnly Ref, string Kind, JsonElement Expect)
{
    public bool ExpectsEligibility => Expect.TryGetProperty("eligible", out _);

    public override string ToString() => $"{Line}: [{Lang}] {Text}";
}

/// <summary>
/// The date-rule sets we develop on: the shared dev set, the blind sets of past rounds (each measured once when its round ended, a dev set since)
/// and seven blind probe sets written for development (the second: short fragments, pasted e-mails, corrections, relative dates;
/// the third: everyday words instead of the articles' terms; the fourth: situations told as stories, the rule left unnamed; the
/// fifth: messy phone chat; the sixth: yes/no for a named day, negated facts; the seventh: a help-desk queue; the eighth: the membership's yearly cycle, renewals paid or forgotten; the ninth: questions
/// written after something happened, several people and dates; the tenth: a timeline told before the question ("three weeks
/// later"); the eleventh: terse admin chat with English words in other languages; the twelfth: forwarded questions, two questions in
/// one message, the day asked given indirectly; the thirteenth: people writing in a language not their first; the fourteenth: employees and office staff in their own
/// words; the fifteenth: one or two plain sentences per rule, COVID-era expiries told in other words; the sixteenth: the terms half-known and misused, several products or people, holidays and
/// weekdays; the seventeenth: phone-typed chat, abbreviations, messages sent in pieces, self-corrections; the eighteenth: planned days and
/// past conditionals, "could we have … on 2 May?"; the nineteenth: pasted records, quoted claims, thread summaries, one-word follow-ups; the twentieth:
/// regional variants (UK, Indian, Australian English, Finland-Swedish, Flemish, Hong Kong Cantonese); the twenty-first: long
/// messages with several dates, events told out of order or as offsets from other told events; the twenty-second: questions asked
/// for someone else, several dates of which one is the event, amounts and IDs, negated facts; the twenty-third: terse and indirect,
/// the rule inferred from the situation, weeks counted back, the COVID extension never named; the twenty-fourth: employees who
/// half-understand the program, events in verbs of their own, days told from holidays; the twenty-fifth: admins reasoning out loud,
/// correcting their dates, asking about other days, multi-year memberships; the twenty-sixth: forwarded mails and pasted records
/// whose header dates are not the event, second-language writers, events told through other events; the twenty-seventh: people's
/// own verbs for the events, weekdays and counted offsets, another day asked; the twenty-eighth: events told through other events
/// and holidays, in either order; the twenty-ninth: finance and office staff, amounts, times and order numbers beside the dates; the
/// thirtieth: negations, boundaries, the exact last day and days counted from today; the later ones' styles are in the commits that
/// added them, the fortieth: facts and the question spread over sentences and referred back to, the forty-first: the key day
/// given by a calendar landmark, the forty-second: people who do not know the program's terms, the forty-third: the day told
/// relative to today or only partly, the forty-fourth: messages pasted with headers, signatures and a second question, the
/// forty-fifth: stated facts that decide the verdict). The next round's blind set is
/// not here: it is measured once, at the end, with <c>eval dates --set</c>.
/// </summary>
internal static class DatesDevSet
{
    public const string Shared = "dates-dev.jsonl";
    public const string FirstBlindSet = "situational-dates-holdout.jsonl";
    public const string SecondBlindSet = "situational-dates-holdout-2.jsonl";
    public const string ThirdBlindSet = "situational-dates-holdout-3.jsonl";
    public const string FourthBlindSet = "situational-dates-holdout-4.jsonl";
    public const string FifthBlindSet = "situational-dates-holdout-5.jsonl";
    public const string SixthBlindSet = "situational-dates-holdout-6.jsonl";
    public const string SeventhBlindSet = "situational-dates-holdout-7.jsonl";
    public const string EighthBlindSet = "situational-dates-holdout-8.jsonl";
    public const string NinthBlindSet = "situational-dates-holdout-9.jsonl";
    public const string TenthBlindSet = "situational-dates-holdout-10.jsonl";
    public const string EleventhBlindSet = "situational-dates-holdout-11.jsonl";
    public const string TwelfthBlindSet = "situational-dates-holdout-12.jsonl";
    public const string ThirteenthBlindSet = "situational-dates-holdout-13.jsonl";
    public const string FourteenthBlindSet = "situational-dates-holdout-14.jsonl";
    public const string FifteenthBlindSet = "situational-dates-holdout-15.jsonl";
    public const string SixteenthBlindSet = "situational-dates-holdout-16.jsonl";
    public const string SeventeenthBlindSet = "situational-dates-holdout-17.jsonl";
    public const string Probe = "dates-probe-dev.jsonl";
    public const string SecondProbe = "dates-probe-2-dev.jsonl";
    public const string ThirdProbe = "dates-probe-3-dev.jsonl";
    public const string FourthProbe = "dates-probe-4-dev.jsonl";
    public const string FifthProbe = "dates-probe-5-dev.jsonl";
    public const string SixthProbe = "dates-probe-6-dev.jsonl";
    public const string SeventhProbe = "dates-probe-7-dev.jsonl";
    public const string EighthProbe = "dates-probe-8-dev.jsonl";
    public const string NinthProbe = "dates-probe-9-dev.jsonl";
    public const string TenthProbe = "dates-probe-10-dev.jsonl";
    public const string EleventhProbe = "dates-probe-11-dev.jsonl";
    public const string TwelfthProbe = "dates-probe-12-dev.jsonl";
    public const string ThirteenthProbe = "dates-probe-13-dev.jsonl";
    public const string FourteenthProbe = "dates-probe-14-dev.jsonl";
    public const string FifteenthProbe = "dates-probe-15-dev.jsonl";
    public const string SixteenthProbe = "dates-probe-16-dev.jsonl";
    public const string SeventeenthProbe = "dates-probe-17-dev.jsonl";
    public const string EighteenthProbe = "dates-probe-18-dev.jsonl";
    public const string NineteenthProbe = "dates-probe-19-dev.jsonl";
    public const string TwentiethProbe = "dates-probe-20-dev.jsonl";
    public const string TwentyFirstProbe = "dates-probe-21-dev.jsonl";
    public const string TwentySecondProbe = "dates-probe-22-dev.jsonl";
    public const string TwentyThirdProbe = "dates-probe-23-dev.jsonl";
    public const string TwentyFourthProbe = "dates-probe-24-dev.jsonl";
    public const string TwentyFifthProbe = "dates-probe-25-dev.jsonl";
    public const string TwentySixthProbe = "dates-probe-26-dev.jsonl";
    public const string TwentySeventhProbe = "dates-probe-27-dev.jsonl";
    public const string TwentyEighthProbe = "dates-probe-28-dev.jsonl";
    public const string TwentyNinthProbe = "dates-probe-29-dev.jsonl";
    public const string ThirtiethProbe = "dates-probe-30-dev.jsonl";
    public const string ThirtyFirstProbe = "dates-probe-31-dev.jsonl";
    public const string ThirtySecondProbe = "dates-probe-32-dev.jsonl";
    public const string ThirtyThirdProbe = "dates-probe-33-dev.jsonl";
    public const string ThirtyFourthProbe = "dates-probe-34-dev.jsonl";
    public const string ThirtyFifthProbe = "dates-probe-35-dev.jsonl";
    public const string ThirtySixthProbe = "dates-probe-36-dev.jsonl";
    public const string ThirtySeventhProbe = "dates-probe-37-dev.jsonl";
    public const string ThirtyEighthProbe = "dates-probe-38-dev.jsonl";
    public const string ThirtyNinthProbe = "dates-probe-39-dev.jsonl";
    public const string FortiethProbe = "dates-probe-40-dev.jsonl";
    public const string FortyFirstProbe = "dates-probe-41-dev.jsonl";
    public const string FortySecondProbe = "dates-probe-42-dev.jsonl";
    public const string FortyThirdProbe = "dates-probe-43-dev.jsonl";
    public const string FortyFourthProbe = "dates-probe-44-dev.jsonl";
    public const string FortyFifthProbe = "dates-probe-45-dev.jsonl";
    public const string FortySixthProbe = "dates-probe-46-dev.jsonl";
    public const string FortySeventhProbe = "dates-probe-47-dev.jsonl";
    public const string FortyEighthProbe = "dates-probe-48-dev.jsonl";
    public const string FortyNinthProbe = "dates-probe-49-dev.jsonl";
    public const string FiftiethProbe = "dates-probe-50-dev.jsonl";
    public const string FiftyFirstProbe = "dates-probe-51-dev.jsonl";
    public const string FiftySecondProbe = "dates-probe-52-dev.jsonl";
    public const string FiftyThirdProbe = "dates-probe-53-dev.jsonl";
    public const string FiftyFourthProbe = "dates-probe-54-dev.jsonl";
    public const string FiftyFifthProbe = "dates-probe-55-dev.jsonl";
    public const string FiftySixthProbe = "dates-probe-56-dev.jsonl";
    public const string FiftySeventhProbe = "dates-probe-57-dev.jsonl";
    public const string FiftyEighthProbe = "dates-probe-58-dev.jsonl";
    public const string FiftyNinthProbe = "dates-probe-59-dev.jsonl";
    public const string SixtiethProbe = "dates-probe-60-dev.jsonl";
    public const string SixtyFirstProbe = "dates-probe-61-dev.jsonl";
    public const string SixtySecondProbe = "dates-probe-62-dev.jsonl";
    public const string SixtyThirdProbe = "dates-probe-63-dev.jsonl";
    public const string SixtyFourthProbe = "dates-probe-64-dev.jsonl";
    public const string SixtyFifthProbe = "dates-probe-65-dev.jsonl";
    public const string SixtySixthProbe = "dates-probe-66-dev.jsonl";
    public const string SixtySeventhProbe = "dates-probe-67-dev.jsonl";
    public const string SixtyEighthProbe = "dates-probe-68-dev.jsonl";
    public const string SixtyNinthProbe = "dates-probe-69-dev.jsonl";
    public const string SeventiethProbe = "dates-probe-70-dev.jsonl";
    public const string SeventyFirstProbe = "dates-probe-71-dev.jsonl";
    public const string SeventySecondProbe = "dates-probe-72-dev.jsonl";
    public const string SeventyThirdProbe = "dates-probe-73-dev.jsonl";
    public const string SeventyFourthProbe = "dates-probe-74-dev.jsonl";
    public const string SeventyFifthProbe = "dates-probe-75-dev.jsonl";
    public const string SeventySixthProbe = "dates-probe-76-dev.jsonl";
    public const string SeventySeventhProbe = "dates-probe-77-dev.jsonl";

    public static IReadOnlyList<DatesDevLine> Load(string name = Shared)
    {
        var path = name == Shared
            ? Path.Combine(RepoPaths.SharedDirectory, "eval", name)
            : Path.Combine(RepoPaths.RepoRoot, "tests", "BenefitsBot.Domain.Tests", "Rules", name);
        return File.ReadLines(path)
            .Where(l => !string.IsNullOrWhiteSpace(l))
            .Select((l, i) =>
            {
                using var doc = JsonDocument.Parse(l);
                var root = doc.RootElement;
                return new DatesDevLine(
                    i + 1,
                    root.GetProperty("lang").GetString()!,
                    root.GetProperty("text").GetString()!,
                    DateOnly.Parse(root.GetProperty("ref").GetString()!, System.Globalization.CultureInfo.InvariantCulture),
                    root.GetProperty("kind").GetString()!,
                    root.GetProperty("expect").Clone());
            })
            .ToList();
    }
}
