using System.Text.RegularExpressions;

namespace BenefitsBot.Domain.Rules;

/// <summary>
/// One language's phrases for understanding date-rule questions. Patterns run on normalized text
/// (lower case, diacritics removed, see <see cref="TextNormalizer"/>), so Swedish and Dutch patterns are written without å, ä, ö, ë.
/// </summary>
public sealed record RuleVocabulary
{
    /// <summary>Patterns are written for Chinese text (no <c>\b</c>); Latin-script patterns run on <see cref="TextView.Latin"/>.</summary>
    public bool IsCjk { get; init; }

    public required IReadOnlyList<KindCue> KindCues { get; init; }

    public required IReadOnlyList<RoleCue> RoleCues { get; init; }

    /// <summary>
    /// A yes/no question ("can we still ...?", "is it still valid?", "are we in time?"): the question forms of the language (a modal
    /// or copula with "still/already/today/right away", an inverted verb at the start, a question particle) rather than rule words.
    /// </summary>
    public required IReadOnlyList<Regex> EligibilityCues { get; init; }

    /// <summary>
    /// Phrases that ask only in a clause ending with a question mark (or a chat line without any): "too late?", "still in time?",
    /// "refund is possible?"; in a statement they report ("finance did not pay in time", "wij zijn te laat, ...").
    /// </summary>
    public IReadOnlyList<Regex> AskedOnlyCues { get; init; } = [];

    /// <summary>"How long / until when ...": an open question; an eligibility cue in the same clause does not count.</summary>
    public required IReadOnlyList<Regex> OpenQuestionCues { get; init; }

    /// <summary>
    /// A clause opening with its finite verb, the yes/no question form of the language ("can we ...", "kan vi ...", "kunnen we ...").
    /// Null where word order marks no question (Chinese).
    /// </summary>
    public Regex? VerbFirstQuestion { get; init; }

    /// <summary>"When" as a subordinator ("can I renew when I'm back on March 15?"): inside a verb-first question it asks no date; after "and" it opens a second question.</summary>
    public Regex? SubordinateWhen { get; init; }

    /// <summary>Verbs of telling and knowing ("can you tell me when ..."), under which a "when" is the real, open question.</summary>
    public required Regex TellWords { get; init; }

    /// <summary>The plain verb "renew" (also a kind cue): asked in a yes/no clause, renewing outweighs a stated lapse.</summary>
    public required Regex RenewWords { get; init; }

    /// <summary>Words asking for a date or deadline; needed to call a question without a date a date-rule question.</summary>
    public required IReadOnlyList<Regex> WhenCues { get; init; }

    public required Regex SoftwareWords { get; init; }

    public required Regex ActivationWords { get; init; }

    public required Regex NegationWords { get; init; }

    /// <summary>Exchanging a thing for a new one (replace, swap, exchange); not a person's successor.</summary>
    public required Regex ReplacementWords { get; init; }

    /// <summary>"Already / before / again / a second time": an action done once before.</summary>
    public required Regex RepeatWords { get; init; }

    /// <summary>Words taking back what was just said ("sorry, I meant", "nej förlåt", "nee wacht", 更正): the date after them replaces the one before.</summary>
    public required Regex CorrectionWords { get; init; }

    /// <summary>
    /// Words that correct only right before the date that corrects ("6/3, no, 6/8", "i fredags, eller nej, i torsdags", "of nee,
    /// 02-10", "9/9, actually 9/10", "but the portal says 4 March", "on 3 June, since moved to 5 June", "verschoven naar 9-6", 改到6月9日;
    /// a move only with the day right after it, since people move to teams too):
    /// elsewhere they are a plain "no" or "actually".
    /// </summary>
    public required Regex RightBeforeCorrectionWords { get; init; }

    /// <summary>
    /// Right after a correction word, the date before it given to another event ("no wait, that's when legal approved it", "nej
    /// förresten, det var då avtalet skrevs", "nee wacht, toen tekende de directeur"): it is not the event's date.
    /// </summary>
    public required Regex OtherEventWords { get; init; }

    /// <summary>Words joining two statements ("and", "but"), where a stated fact or a date's role ends.</summary>
    public required Regex ClauseJoinWords { get; init; }

    /// <summary>Having been given something, in a past tense ("we got / received", "vi fick", "we kregen", 拿到了): a stated fact, not a request.</summary>
    public required Regex ReceivedWords { get; init; }

    /// <summary>A person left the company or a successor takes over: a Visual Studio reassignment, not a token replacement.</summary>
    public required Regex PersonLeftWords { get; init; }

    /// <summary>"His last day", "hans sista dag", "zijn laatste werkdag", 最後一天: a question about the day someone leaves.</summary>
    public required Regex LastDayWords { get; init; }

    /// <summary>
    /// A condition or supposition ("if we pay on …", "om vi hade betalat den …", "als we op … betalen", 如果…的話): a date in it is a
    /// day the user asks about, not an event the rule counts from, when another date tells the event.
    /// </summary>
    public required Regex ConditionalWords { get; init; }

    /// <summary>
    /// A plan ("we will redeem it on 1 May", "vi ska lösa in den", "we gaan hem op 12 mei invoeren", 預計下個月兌換): like a
    /// condition, its date is supposed, not told as done; not a decision against ("we will not renew") nor a plan given up ("we
    /// were planning to pay on the 3rd", 原本打算).
    /// </summary>
    public required Regex PlanWords { get; init; }

    /// <summary>"On that day", "den dagen", "die dag", 那天, 當時: the yes/no is about a day told before.</summary>
    public required Regex ThatDayWords { get; init; }

    /// <summary>
    /// A day named by what happens on it, after a preposition: "on the day the audit closes", "until the last day of the course",
    /// "op de opleverdag", "by that deadline", "på dagen då hon börjar". The words of the description name an event told
    /// with its date before the question. None in Chinese, where 那天 after the event (<see cref="ThatDayWords"/>) does this.
    /// </summary>
    public Regex DescribedDayWords { get; init; } = Rx("(?!)");

    /// <summary>
    /// A belief reported ("I thought", "my colleague thinks", "jag trodde", "ik dacht", 我以為): what follows is unsure. Not hearsay
    /// ("I heard", 聽說), which passes on facts.
    /// </summary>
    public Regex BeliefWords { get; init; } = Rx("(?!)");

    /// <summary>The renewal window by name ("renewal window", "förnyelsefönstret", "verlengingsvenster", 續約期間).</summary>
    public Regex WindowWords { get; init; } = Rx("(?!)");

    /// <summary>
    /// A clause of time before a question ("when we ran the audit on 3 March, was …?", "稽核的時候，…嗎？"): its date is the day asked.
    /// </summary>
    public Regex WhenClauseWords { get; init; } = Rx("(?!)");

    /// <summary>Someone leaving (not their successor): the day it happens is an event, never the day a yes/no is asked for (unless asked about as their last day).</summary>
    public required Regex DepartureWords { get; init; }

    /// <summary>
    /// Renewing every year, or this year's renewal ("renewed on time every year", "årets förnyelsefönster", "elk jaar", 每年/今年):
    /// the window asked about is the current year's anniversary, not the first one after a purchase years ago.
    /// </summary>
    public required Regex YearlyRenewalWords { get; init; }

    /// <summary>This cycle's renewal paid or done ("we already paid the renewal", "förnyelsen är betald", "al verlengd", 已續約): the next window is next year's.</summary>
    public required Regex RenewalPaidWords { get; init; }

    /// <summary>
    /// A message (e-mail, reminder, letter, notification): a date right after it ("the e-mail of 3 May", "mejlet igår") is when the
    /// message came, not an event a rule counts from.
    /// </summary>
    public required Regex MessageWords
    {
        get;
        init
        {
            field = value;
            MessageLead = Rx($@"(?:{value})\s*(?:(?:came|arrived|went out|was sent|kom|kwam) )?(?:on|of|from|dated|sent|van|op|fran den|fran|den|\(|,)?\s*$");
        }
    }

    /// <summary><see cref="MessageWords"/> ending the text, with at most a preposition after it: what stands right before a message's date.</summary>
    internal Regex MessageLead { get; private init; } = null!;

    /// <summary>
    /// The start of the pandemic ("when the pandemic started", "i början av pandemin", "de eerste lockdown", 疫情剛爆發): March 2020,
    /// when the WHO declared it (11 March), which is before the extension's range.
    /// </summary>
    public required Regex PandemicStartWords { get; init; }

    /// <summary>Being given more time (the COVID extension asked in other words: "did they give us more time?").</summary>
    public required Regex MoreTimeWords { get; init; }

    /// <summary>"End of", "late", "sista", "eind", 底 next to a month: its last day is meant (before the month; after it in Chinese).</summary>
    public required Regex MonthEndWords { get; init; }

    /// <summary>"Start of", "early", "början av", "begin", 初 next to a month: its first day is meant.</summary>
    public required Regex MonthStartWords { get; init; }

    /// <summary>
    /// "Still / today / now" in a yes/no question: it asks about today ("is the COVID extension still valid?" asks whether it
    /// covers today, not whether it applied).
    /// </summary>
    public required Regex StillWords { get; init; }

    /// <summary>Paying or being invoiced ("paid", "invoice", "betalade", "factuur", 付款): when money moved, not when a membership began.</summary>
    public required Regex PaymentWords { get; init; }

    /// <summary>
    /// Joining the partner network itself ("joined MPN", "gick med i MPN", "lid geworden van MPN", 加入MPN): free, so beside a
    /// purchase told it is not the start of what the rules count from.
    /// </summary>
    public required Regex NetworkJoinWords { get; init; }

    /// <summary>"Nobody", "no one": a negated subject, which negates the whole clause ("nobody paid the renewal").</summary>
    public required Regex NobodyWords { get; init; }

    /// <summary>Visual Studio by name, the article's example of benefits that need a user assignment.</summary>
    public Regex VisualStudioWords { get; init; } = Rx(@"\b(visual studio|vs|msdn)\b");

    /// <summary>Mentions that are "today"/"now" rather than the date a rule counts from.</summary>
    public required Regex TodayWords { get; init; }

    /// <summary>
    /// A decision not to renew ("we won't renew", "we're letting it lapse", "tänker inte förnya", "we stoppen ermee", 不續約了): the
    /// renewal now due is the one that lapses, which may still lie ahead.
    /// </summary>
    public required Regex NotRenewingWords { get; init; }

    /// <summary>
    /// Renewing early or the renewal ahead ("can we already renew?", "förnya redan nu", "vandaag al verlengen", 提前續約, "the upcoming
    /// renewal", "den kommande förnyelsen", "de komende verlenging", 下次續約, "is it too early?", "för tidigt", "te vroeg", 太早,
    /// "de verlenging komt eraan"): the coming renewal is meant.
    /// </summary>
    public required Regex EarlyRenewalWords { get; init; }

    /// <summary>The membership told as expired or lapsed ("it expired", "gick ut", "is verlopen", 已到期): a lapse told without the renewal named.</summary>
    public required Regex ExpiredWords { get; init; }

    /// <summary>
    /// Words that refer back to the subscription ("then it went to Sam", "den tilldelades Lee", "het abonnement"): a later assignment
    /// of the same subscription. None in Chinese, which drops the object, so a second assignment there may be of another one.
    /// </summary>
    public Regex SameThingWords { get; init; } = Rx("(?!)");

    /// <summary>
    /// Words that tell the subscription moved on to the next holder ("reassigned", "transferred to", "and then Sam on 9 June", "och sedan", "en
    /// daarna", 改指派給, 轉給): a date told with them is that assignment, even with its verb left out.
    /// </summary>
    public Regex MovedOnWords { get; init; } = Rx("(?!)");

    /// <summary>Part of an amount ("half", "delvis", "de helft", 一半): a renewal paid in part is not paid.</summary>
    public required Regex PartialWords { get; init; }

    /// <summary>Using something or it working ("can she still use it", "keeps working", "funkar", "werkt", 能用): what a user-assigned benefit does.</summary>
    public required Regex UseWords { get; init; }

    /// <summary>
    /// Linear-time matching (<see cref="RegexOptions.NonBacktracking"/>): cues like <c>(可以|能)[^，。]*(嗎|吗)</c> otherwise cost
    /// the clause's length at every start. The few anchored lookahead cues (<c>^(?=.*vs)(?=.*renew)</c>), which that engine
    /// does not support, keep the backtracking one; anchored, they scan the text once. Both have a timeout.
    /// </summary>
    internal static Regex Rx(string pattern)
    {
        try
        {
            return new(pattern, RegexOptions.CultureInvariant | RegexOptions.NonBacktracking, TimeSpan.FromSeconds(1));
        }
        catch (NotSupportedException)
        {
            return new(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
    }

    internal static KindCue Cue(string pattern, RuleKind kind, int weight) => new(Rx(pattern), kind, weight);

    internal static KindCue Premise(string pattern, RuleKind kind, int weight) => new(Rx(pattern), kind, weight, Premise: true);

    internal static RoleCue Role(string pattern, DateRole role) => new(Rx(pattern), role);
}
