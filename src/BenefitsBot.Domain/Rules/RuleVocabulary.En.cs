using static BenefitsBot.Domain.Rules.RuleVocabulary;

namespace BenefitsBot.Domain.Rules;

/// <summary>English phrases. Also applied to the other languages, whose users mix in English product words (token, key, VS, renewal).</summary>
internal static class RuleVocabularyEn
{
    private const string RenewVerb = @"\bre-?new(al|ed|ing|s)?\b";

    /// <summary>The renewal window by its own name: the rule's strongest cue, and what a year beside it names (<see cref="RuleVocabulary.WindowWords"/>).</summary>
    private const string WindowName = @"\bren[e]?wa?l (window|period)";

    private const string NotRenewing = @"\b(decided|decide|chose|choosing|going|planning|plan|intend|intending|want|wants) not to (re-?new|pay)\b|\b(won'?t|will not|are not|aren'?t|'re not|not going to|not planning to) (be )?re-?new(ing)?\b|\bdecided against re-?newing\b|\b(let|letting|lets|will let|going to let) (it|the membership|our membership|the competency|it all) (lapse|expire|run out|go)\b|\b(stop|stopping|quit|quitting|cancel(l?ing)?) (the |our )?(membership|partnership|program)\b";

    public static RuleVocabulary Vocabulary { get; } = new()
    {
        KindCues =
        [
            // A dropped letter is the commonest typo: "renwal", "refnd".
            // Naming the window makes it the topic, over a stated lapse ("not renewed yet — am I still in the renewal window?").
            Cue(WindowName, RuleKind.RenewalWindow, 5),
            // Renewing in everyday words: "re-up", "pay for next year", "extend the membership".
            Cue(@"\bre-?up(s|ped|ping)?\b|\bpay(ing)? (for )?(the )?(next|another) year\b|\bextend(ing)? (the |our )?membership\b|\bmembership (to be )?extended\b|\bpay(ing)? (the |our |this year'?s )?(annual|yearly|membership) fee\b", RuleKind.RenewalWindow, 3),
            Cue(RenewVerb, RuleKind.RenewalWindow, 2),
            // Paying for the year ahead is renewing: "pay for the new year", "this year's fee", "the next payment", "annual invoice".
            Cue(@"\bpay(ing)? (for )?(the |our )?(new|coming|next) (year|round|term|cycle)\b|\b(this|next) (year'?s|round'?s|cycle'?s) (round|payment|fee|invoice|bill)\b|\b(next|yearly|annual) (payment|invoice|bill)\b", RuleKind.RenewalWindow, 3),
            // Paying the renewal is renewing, not reactivating after a lapse.
            Cue(@"\bpay(ing)? (for )?(the |our |this year'?s )?renewal\b", RuleKind.RenewalWindow, 3),
            // This cycle's renewal told as pending ("this year's renewal isn't paid yet"): what the window is for; a lapse is told by
            // expiry or reactivating, which the grace period's own cues weigh. Supposed ("if the renewal is not paid by Friday"), it tells nothing.
            Cue(@"(?<!\b(if|unless) )\b(this year'?s|the|our) renewal( fee| payment| invoice)? (is not|isn'?t|has not|hasn'?t|is still not|still not|not)( been)? (yet )?(paid|done|sorted)\b|\brenewal( fee| payment| invoice)? (is )?not (paid|done) yet\b|\b(haven'?t|have not|hasn'?t|has not) (yet )?(paid|done) (this year'?s|the|our) renewal\b|\bnot (yet )?(paid|renewed) (for )?this year\b", RuleKind.RenewalWindow, 4),
            Cue(@"\b(from when to when|opens?|closes?)\b", RuleKind.RenewalWindow, 1),
            // "The window" alone, once the renewal is the topic.
            Cue(@"\b(the|our|this year'?s|that) window\b", RuleKind.RenewalWindow, 2),
            // Being in the window: the articles' only window is the renewal's ("nothing paid since the anniversary; is Monday still
            // inside the window?").
            Cue(@"\b(in|within|inside|into|outside) (the|our|that|this) window\b", RuleKind.RenewalWindow, 4),
            // A window asked for by both its ends.
            Cue(@"\bfrom (when|which (day|date)|what (day|date)) (to|until|till) (when|which (day|date)|what (day|date))\b", RuleKind.RenewalWindow, 2),
            Cue(@"\b(bought|pur?ch?a?se?d?|buy|paid for|ordered)\b", RuleKind.RenewalWindow, 1),
            // A voucher is a code to redeem, as a key is.
            Cue(@"\b(product ?)?keys?\b|\b(product|licen[cs]e|activation|serial|cd) (code|number)s?\b|\bserials?\b|\bvouchers?\b", RuleKind.KeyUsableUntil, 3),
            Cue(@"\bredee?m", RuleKind.KeyUsableUntil, 2),
            // A code typed in is a key redeemed: "I typed the Visio code into the admin center".
            Cue(@"\b(entered|typed|keyed|punched|put) (in )?(the |our |a |that )?([\w-]+ ){0,2}codes?\b", RuleKind.KeyUsableUntil, 3),
            // Restoring it is reactivating it ("can we restore our competency?").
            Cue(@"\bre-?activat|\brestor(e|ed|es|ing)\b|\bactive again\b", RuleKind.GracePeriodEnd, 4),
            // Getting the competency or membership back: reactivating it (not money back).
            Cue(@"\b(get|want|bring) (it|them|it all|everything|the competency|our competency|the membership|our membership|our status|(the |our )?benefits) back\b|\bget back in\b|\breinstat", RuleKind.GracePeriodEnd, 4),
            Cue(@"\b(save|rescue) (it|the competency|our competency|the membership|our membership|our status)\b", RuleKind.GracePeriodEnd, 3),
            // It should have been renewed: a lapse told in other words.
            // The renewal that was due did not happen ("our renewal never went through (due 3 May)"); "not yet" is the renewal still due.
            Premise(@"\b(the |our )?renewal (has not|hasn'?t|did not|didn'?t|never) (happen|happened|go through|gone through|went through)\b(?! yet)", RuleKind.GracePeriodEnd, 4),
            // A decision not to renew: the renewal now due lapses.
            Premise(NotRenewing, RuleKind.GracePeriodEnd, 4),
            Premise(@"\bshould have been (renewed|paid)\b", RuleKind.GracePeriodEnd, 3),
            // Not when the renewal is what has not been paid yet ("haven't paid this year's renewal"): that is the renewal still due (see above).
            Premise(@"\b(didn'?t|did not|never|forgot to|failed to) (yet )?(renew|pay|paid)|\b(haven'?t|have not|hasn'?t|has not) (yet )?(renew|pay|paid)(?! (this year'?s |the |our )renewal)|\b(nobody|no one) (has )?(renewed|paid)\b|\bpayment (failed|bounced|was declined|did not go through|didn'?t go through)\b", RuleKind.GracePeriodEnd, 4),
            // "Did we miss the window?" asks whether the renewal window is still open; "we missed the renewal" states a lapse.
            Cue(@"(?<!\b(did|have|has) (we|i|you|they) (already |just )?)\bmiss(ed)? (the |our )?(renewal|deadline|window|period)|\bgrace\b", RuleKind.GracePeriodEnd, 4),
            Premise(@"\bpay(ing|ment)?\b", RuleKind.GracePeriodEnd, 2),
            Cue(@"\bmembership offers?\b", RuleKind.GracePeriodEnd, 3),
            Cue(@"\bexpired?\b|\blapsed?\b", RuleKind.GracePeriodEnd, 2),
            Cue(@"\ba?nniv[ea]rsar|\banniv\b", RuleKind.GracePeriodEnd, 1),
            Cue(@"\ba?nniv[ea]rsar|\banniv\b", RuleKind.CovidExtension, 1),
            Cue(@"\brenewal date\b", RuleKind.UserAssignedBenefitExtension, 4),
            // The article's "benefits that require a user assignment".
            Cue(@"\buser[- ]?assign|\bassigned to (users|people|employees|individuals|named users)\b", RuleKind.UserAssignedBenefitExtension, 3),
            Cue(@"\benrol", RuleKind.UserAssignedBenefitExtension, 3),
            // Visual Studio together with a renewal: how long VS can still be activated after the renewal date.
            Cue(@"\b(visual studio|vs|msdn)\b[^.?!]{0,80}\bre-?new|\bre-?new[^.?!]{0,80}\b(visual studio|vs|msdn)\b", RuleKind.UserAssignedBenefitExtension, 3),
            Cue(@"\bvisual studio\b|\bvs\b|\bmsdn\b", RuleKind.UserAssignedBenefitExtension, 1),
            // Activating or using a Visual Studio subscription: the article's benefits that need a user assignment, which a lapse
            // ("we haven't renewed") is the premise of, so as strong as the lapse.
            // "Get their VS benefits going", "get started with Visual Studio".
            Cue(@"\b(visual studio|vs|msdn)\b[^,.;?!]{0,40}\b(activat\w*|use|using|going|works?|working)\b|\b(activat\w*|use|using|works?|started with|start using|needs?|(still|keep) (have|has|having)|lose|losing)\b[^,.;?!]{0,40}\b(visual studio|vs|msdn)\b|\bassigned users\b", RuleKind.UserAssignedBenefitExtension, 4),
            // The article's example of benefits that need a user assignment: subscriptions activated or kept running.
            Cue(@"\b(activat\w*|use|using)\b[^,.;?!]{0,20}\bsubscriptions?\b|\bsubscriptions?\b[^,.;?!]{0,20}\b(running|activated|going)\b", RuleKind.UserAssignedBenefitExtension, 2),
            Cue(@"\bvisual studio\b|\bvs\b|\bmsdn\b", RuleKind.VsReassignFrom, 1),
            Cue(@"\bre-?ass?ign", RuleKind.VsReassignFrom, 4),
            // Taking over a predecessor's subscription: "assign it to myself".
            Cue(@"\b(assign|give|move|transfer|switch) (it|that|the (vs |visual studio )?(sub|subscription|license|licence|seat)) (over )?to myself\b", RuleKind.VsReassignFrom, 3),
            Cue(@"\b(someone|somebody|anyone) else\b|\banother (person|user|colleague|employee|subscriber|developer)\b", RuleKind.VsReassignFrom, 3),
            // A newcomer who should get a subscription someone else had.
            Cue(@"\b(new|next) (hire|starter|joiner|colleague|employee|developer|dev|guy|person|team member)\b|\bnewcomer\b", RuleKind.VsReassignFrom, 2),
            Cue(@"\b(move|hand|give|transfer|switch|pass) (it|the sub|the subscription|that|(his|her|their|\w+'s) (vs|visual studio|sub|subscription))\b", RuleKind.VsReassignFrom, 3),
            Cue(@"\bhand(s|ed|ing)? (\w+('s)? )?(\w+ ){0,3}over to\b|\bhand(s|ed|ing)? over\b", RuleKind.VsReassignFrom, 3),
            // "Could the sub now go to the intern?": the thing going on to someone.
            Cue(@"\b(can|could|may|might) (it|that|the (vs |visual studio )?(sub|subscription|license|licence|seat)) (now |then |today )?go (on |over )?to\b", RuleKind.VsReassignFrom, 3),
            // "Transfer his VS sub to the new analyst".
            Cue(@"\b(move|moving|transfer|transferring|pass|passing|switch|switching) (the|his|her|their|\w+'s) ((vs|visual studio|msdn)( enterprise| professional)? )?(sub|subscription|license|licence|seat)\b", RuleKind.VsReassignFrom, 3),
            Cue(@"\bswap( the| a)? (user|person|assignee|owner|people)\b|\bchange the (user|assignee|owner)\b", RuleKind.VsReassignFrom, 4),
            Cue(@"\btransfer(red|ring|s)?\b", RuleKind.VsReassignFrom, 2),
            // "Could the licence be handed to a new hire?": passed on to another person.
            Cue(@"\b(be|get|was|being) (given|handed|passed|moved) (on |over )?to (me|my|our|a|the|another|someone|her|him)\b", RuleKind.VsReassignFrom, 3),
            Cue(@"\b(right|wrong|correct|other) (person|user|guy)\b", RuleKind.VsReassignFrom, 3),
            Cue(@"\bass?ign(ed)?\b|\bgave\b", RuleKind.VsReassignFrom, 1),
            Cue(@"\btokens?\b", RuleKind.ReplacementTokenDeadline, 2),
            Cue(@"(?<!\b(my|his|her|their|your) )\breplac(e|ed|ing|ement)?\b(?! (for|of) (him|her|them|the (person|employee|colleague)))|\bswap(?!( the| a)? (user|person|assignee|owner|people)\b)|\bexchang", RuleKind.ReplacementTokenDeadline, 3),
            Cue(@"\b(wrong|incorrect) (tenant|account|directory|subscription)\b|\b(a|the) (customer'?s|client'?s) tenant\b|\b(another|someone else'?s) tenant\b", RuleKind.ReplacementTokenDeadline, 3),
            // The article's tokens activated on the wrong tenant or seats added "by accident"; not a test environment alone, where
            // keys are also simply used.
            Cue(@"\bby (accident|mistake)\b|\baccidentally\b|\bmistakenly\b|\b(wrong|incorrect) environment\b", RuleKind.ReplacementTokenDeadline, 3),
            Cue(@"\badded (more )?(seats|licen[cs]es)\b|\binstead of extending\b", RuleKind.ReplacementTokenDeadline, 3),
            Cue(@"\bnew (one|token)\b", RuleKind.ReplacementTokenDeadline, 2),
            Cue(@"\bref[u]?nd|\breimburs|\bmoney back\b|\bcredit(ed)? (back|note)\b|\bget (it )?credited\b|\bcooling[- ]off\b|\bright of withdrawal\b", RuleKind.RefundDeadline, 4),
            Cue(@"\bcancel|\breturn (it|the)\b|\bundo (the|our) purchase\b|\bsend (it|them|the \w+) back\b|\bchange (our|my) minds?\b", RuleKind.RefundDeadline, 3),
            Cue(@"\b(bought|pur?ch?a?se?d?|buy|paid for|ordered)\b", RuleKind.RefundDeadline, 1),
            Cue(@"\bcovid|\bcorona|\bpandemic|\bhardship\b", RuleKind.CovidExtension, 5),
            Cue(@"\block ?downs?\b|\bquarantine", RuleKind.CovidExtension, 4),
            Cue(@"\bextended\b|\bextension\b", RuleKind.CovidExtension, 2),
            // Asking whether it is or was extended ("will it be extended?", "did our competency get extended?") names the extension.
            Cue(@"\b(will|would|was|were|is|are|does|did|do|has|have) (it|we|they|this|that|(our|the|my) [\w-]+)( [\w-]+)? (be |get |got |been |have been )?extended\b", RuleKind.CovidExtension, 3),
            // Believing it was extended is asking whether it was: "we didn't pay because we thought it had been extended".
            Cue(@"\b(thought|assumed|believed)\b[^,.;?!]{0,20}\b(was|were|had been|got) extended\b", RuleKind.CovidExtension, 4),
            // "The 2020 extension": the extension the article dates to 2020.
            Cue(@"\b2020 extension\b|\bextension\b[^,.;?!]{0,20}\b(from|of|in) 2020\b", RuleKind.CovidExtension, 3),
        ],
        RoleCues =
        [
            Role(@"\b(bought|pur?ch?a?se?d?|buy|paid for|ordered|invoiced?)\b|\b(sign-?up|start|joining|join|membership start) date\b", DateRole.Purchase),
            // Joining (or earning a competency) starts the membership a purchase would: "we joined on Oct 2", "earned it on 14 Feb".
            Role(@"\b(action pack|competency|membership|maps)\b[^,.;?!]{0,15}\bsince\b", DateRole.Purchase),
            // The membership starting is its start: "our competency first started in May 2021", "the pack began on …".
            Role(@"\b(it|membership|competency|partnership|action pack|pack|maps) (originally |first )?(started|began|kicked off)\b|\b(originally|first) (started|began)\b", DateRole.Purchase),
            // Getting the competency or membership is its start: "got the Gold competency in May 2017".
            Role(@"\b(got|received|gained) (our|the|a|its) (\w+ )?(competency|membership|partnership|action pack)\b", DateRole.Purchase),
            // Not a person joining the company ("our new accountant joined on 1 May"): that is someone's start, not the membership's.
            Role(@"(?<!\b(he|she|they|lead|manager|colleague|employee|hire|starter|intern|consultant|developer|engineer|accountant|admin|director|ceo|cfo|cto) )\b(joined(?! (the |our )?(team|company|firm|us)\b)|signed up|became (a )?(partner|member)|(member|partner|members|partners) since|earned|achieved|attained|obtained)\b|\b(membership|competency) (started|began)\b", DateRole.Purchase),
            // An age reached on a day dates the anniversary: "our membership turned three last Friday".
            Role(@"\ba?nniv[ea]rsar|\banniv\b|\b(yearly|annual|membership) date\b|\bexpir|\blapsed?\b|\bdue to renew\b|\b(ran|runs|run) out\b|\b(membership|competency|partnership) (has )?ended\b|\bturn(ed|s)? (one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\b", DateRole.Anniversary),
            // Using a key or voucher is redeeming it.
            Role(@"\bredee?m|\b(punched|typed|keyed) (it )?in\b|\bentered\b|\bclaimed\b|\bused (the |our |a |that |this )?([\w-]+ )?(key|voucher|code)s?\b", DateRole.Redemption),
            // The enrolment (its renewal date, "the enrollment renews 1 May"), not enrolling, which starts it ("we enrolled on 1/31").
            Role(@"\brenewal date\b|\brenews\b|\benrol(?!l?(ed|ing|s)?\b)", DateRole.EnrollmentRenewal),
            Role(@"\benroll?(ed|ing)\b", DateRole.Purchase),
            // Moved on to its present holder ("we handed it over to Li on 4 May"): her assignment. Past tense with the thing moved, so
            // neither a plan ("may I transfer it to him next week") nor a person moving ("she moved to sales") takes the role.
            Role(@"\b(moved|handed|transferred|passed|reassigned) (it|the (vs |visual studio )?(sub|subscription|license|licence)) (over )?to (her|him|them|[a-z]+)\b|\bass?ign|\bgave\b|\bgiven\b|\bset (it )?up for\b|\bset (me|him|her|them|us) up with\b|\b(got|received) (it\b|hers\b|his\b|theirs\b|mine\b|(his|her|their|the|a) ([\w-]+ ){0,2}(sub|subscription|license|licence)\b)|\b(subscription|license|licence)\b[^,.;?!]{0,15}\bsince\b|\b(has|have|'s|'ve) had (it|one|his|hers|theirs)\b[^,.;?!]{0,10}\bsince\b", DateRole.Assignment),
            Role(@"\bactivat|\bused\b", DateRole.Activation),
        ],
        EligibilityCues =
        [
            // An inverted modal, do-support or copula question with "still / already / yet / today / right away": "so can a new
            // starter still activate it?"; "it was bought a year ago today" is a statement.
            Rx(@"\b(can|could|may|might|do|does|will|would|is|are|am|was|were)\s+(i|we|you|they|he|she|it|this|that|there|(the|our|my|his|her|their|a|an|these|those) [\w-]+( [\w-]+)?)\b[^,?]{0,60}\b(still|already|yet|today|now|right away|straight away|immediately|at once|in time)\b"),
            // An elliptical question: "key redeemed 13/2, still ok?"
            Rx(@"\bstill (ok|okay|valid|usable|good|working|possible|fine|active|in time|eligible|covered)\b"),
            // An indirect yes/no question: "my manager asks whether the key still works", "wondering if we can get a refund"; asked of the
            // reader in a letter: "kindly confirm whether the key may still be used", "advise whether the window is open".
            Rx(@"\b(ask|asks|asking|asked|wonder|wonders|wondering|wondered|(?<!let (me|us) )know|check|checking|see) (if|whether)\b|\b(confirm|advise|verify|clarify) whether\b"),
            // A copula question about a state the rules decide: "is the key valid?", "are we eligible for a refund?"
            Rx(@"\b(is|are|am|was|were) (it|we|i|they|this|that|the \w+|our \w+|my \w+)\b[^,?]{0,40}\b(valid|usable|possible|allowed|eligible|covered|within|in the window|too late|expired|ok|okay)\b"),
            Rx(@"\b(possible|allowed|able|eligible)\b[^,?]{0,40}\b(today|now)\b"),
            Rx(@"\b(am i|are we|is (he|she|it|the \w+)) allowed\b|\bor not\b"),
        ],
        AskedOnlyCues =
        [
            // A tag question after a statement asks for the statement's yes or no: "we can still get a refund, right?", "the
            // subscriptions still work, don't they?", "we haven't missed it, have we?".
            Rx(@"^\s*(right|correct|yeah|surely|is that (right|correct|so|true)|(is|are|was|were|do|does|did|has|have|had|can|could|will|would|should|isn't|aren't|wasn't|weren't|don't|doesn't|didn't|haven't|hasn't|hadn't|can't|couldn't|won't|wouldn't|shouldn't)(\s+not)?\s+(it|we|i|you|they|he|she|there|that|this))\s*$"),
            // Chat shorthand asks without inverting ("key from 3/3 still valid today", "vs sub can i move it now"): a modal or a verdict
            // word with "still / today / now" beside it, read only in a question or in a line without any question mark.
            Rx(@"^(?!.*\b(what|when|which|how|until)\b).*(\b(still|yet)\b[^,.;]{0,40}\b(valid|good|ok|okay|possible|usable|working|active|allowed|doable)\b|\b(valid|good|ok|okay|possible|usable|working|active|allowed|doable)\b[^,.;]{0,20}\b(still|today|now|yet|anymore)\b|\bcan (i|we|he|she|they|it)?\b[^,.;]{0,60}\b(still|today|now|yet|already|anymore)\b)"),
            // "Any way to still pay?"; "still open?" (a window, or "the PO is still open on our side.", a statement).
            Rx(@"\btoo late\b|\bstill (have )?time\b|\bin time\b|\b(is there )?any ?way (to|we can|i can)\b|\bstill open\b"),
            // A hope or a fear asked as a statement: "surely it hasn't expired?", "I'm afraid we're out of time?", "it hasn't lapsed
            // yet, has it" without the tag.
            Rx(@"^\s*surely\b|\b(i'?m|i am) (afraid|worried|scared)\b|\b(hasn'?t|haven'?t|isn'?t|aren'?t|wasn'?t|weren'?t|didn'?t)\b[^,.;?]{0,40}\b(yet|already)\b"),
            Rx(@"\b(is|are|still) (still )?(possible|allowed|ok|okay|valid|fine|doable)\s*$"),
            // The verdict asked in one word, as its own question: "allowed?", "still possible?".
            Rx(@"^\s*(still )?(possible|allowed|ok|okay|fine|doable)\s*$"),
            // "OK to reassign it now?", "fine for us to pay on Monday?": whether it may be done, asked without a verb first.
            Rx(@"^\s*(is it |would it be |still )?(ok|okay|fine|alright) (for (us|me|them) )?to\b"),
            // "Refund?", "a refund for last month's order?": the thing asked for, alone, asks whether it can be had.
            Rx(@"^\s*(a |any )?refunds?\b"),
            // A question after a condition, without a comma: "if we pay tomorrow do we get it back?" inverts after the condition.
            Rx(@"^\s*(and |so |but )?(if|once|suppose|say)\b[^?]*?\b(will|would|can|could|is|are|does|do|should|shall)\s+(i|we|you|they|he|she|it|that|this|the \w+|our \w+|my \w+|his \w+|her \w+)\b"),
        ],
        // "Did we already miss the window", "has the key expired", "would renewing on October 12 still be inside the window".
        // "May" is also the month, so it takes a subject pronoun.
        // "Can you answer us both?" asks the bot to do something, not a yes/no about the rule.
        // "Can someone tell me the dates?" asks for an answer, as "can you" does.
        VerbFirstQuestion = Rx(@"^\s*(and |but |so |or )?((can|could|might|do|does|did|will|would|is|are|was|were|have|has|had|should|shall|must)\s+(?!you\b|(someone|somebody|anyone|anybody) (tell|explain|confirm|check|help|let|give|show|share|send|remind|look)\b)\w|may (i|we|they|he|she|it)\b|(can'?t|cannot|couldn'?t|won'?t|wouldn'?t|isn'?t|aren'?t|wasn'?t|weren'?t|hasn'?t|haven'?t|hadn'?t|don'?t|doesn'?t|didn'?t|shouldn'?t)\s+(i|we|they|he|she|it|the|our|my|this|that|these|those)\b)"),
        // Not after "and/or/but": "is there a grace period and when does it end?" asks two questions.
        SubordinateWhen = Rx(@"(?<!\b(and|or|but)\s+)\bwhen\b"),
        TellWords = Rx(@"\b(tell|say|know|explain|show|find out|let me know)\b"),
        // The last day of a named month or period is a date ("on the last day of this month"), not a question for one; nor is a day
        // after a preposition ("until the last day of the course", "by that deadline", and the loanword in Dutch and Swedish: "tot die deadline").
        OpenQuestionCues = [Rx(@"\bhow long\b|\bhow (many|much) (days|time|longer)\b|\b(until|till|by) (when|what)\b|\bwhat date\b|\bwhich (date|day)\b|\bwhen\b|\b(?<!(his|her|their|my|your|our) )(?<!\b(until|till|through|on|by) the )last day\b(?! of (this|next|the|that) (month|week|year|quarter)\b| of (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,7}\b)|(?<!\b(miss|missed|past|passed|meet|met|before|after|over) (the |our |that )?)(?<!\b(on|by|at|until|till|op|tot|pa) (the|that|this|our|die|de|deze|onze|den|var) )\bdeadline\b")],
        // No bare "till": it is the Swedish "to", and these phrases also run on Swedish text.
        RenewWords = Rx(RenewVerb),
        WhenCues = [Rx(@"\bwhen|\buntil\b|\btill when\b|\bhow long\b|\blast day\b|\bdeadline\b|\bdates?\b|\bwhich day\b|\bearliest\b|\bstill\b|\bdue\b")],
        // Also the on-premises products the articles list, and their installers ("installed Windows Server", "downloaded the Office ISO").
        SoftwareWords = Rx(@"\bsoftware\b|\bon-?prem|\bwindows\b|\boffice\b|\bsql\b|\bisos?\b|\bserver\b|\bsharepoint\b|\bexchange\b|\bvisio\b|\bproject server\b|\b(product |license |licence |software )?keys?\b|\bdownloads?\b|\bbenefits?\b|\blicen[cs]es?\b"),
        ActivationWords = Rx(@"\b(activated|used|installed|downloaded|redeemed|claimed|deployed|set up|rolled out|pulled (it |them )?down|grabbed|fetched)\b"),
        PaymentWords = Rx(@"\b(paid|pay|payment|invoiced?|billed|charged)\b"),
        NetworkJoinWords = Rx(@"\bjoined (the )?(mpn|microsoft partner network|partner network|network|partner program(me)?)\b|\b(mpn|partner network) (member|partner)s? since\b"),
        NobodyWords = Rx(@"\b(nobody|no one|no-one)\b"),
        NegationWords = Rx(@"\b(not|never|haven'?t|hasn'?t|didn'?t|don'?t|doesn'?t|no|nothing|none|neither|nor|yet to|nobody|no one|nowhere)\b"),
        ReplacementWords = Rx(@"\breplac|\bswap|\bexchang|\bnew token\b|\bnew one\b"),
        // A date looked up after a guess ("around the 10th I think… just checked the portal: 8 February", "confirmed with the order
        // form", "the log says") is the one to use, as a taken-back date is.
        CorrectionWords = Rx(@"\b(sorry|i meant|i mean|no wait|wait,? no|correction|typo|scratch that|my bad|oops|checked again|double-?checked|(just |ok,? |okay,? )?checked|confirmed( it)? (with|in|on|against|from) (the|our|my)|verified|looked it up|turns out|hold on|hang on|(but|it was|it's|was) actually|or was it|corrected (me|us|it|that|this|them|him|her|themselves)|(page|log|portal|records?|system|register|sheet) (says|shows|said|showed|lists))\b"),
        RightBeforeCorrectionWords = Rx(@"\b(no|nope)\b(?!\s*[.:#])|\b(moved|postponed|rescheduled|shifted|changed|brought forward) (back |out )?(to|until|till)(?=\s+(the\s+|on\s+)?\d)|\b(or rather|make that)\b|,\s*actually\b|\bbut (the |our )?(portal|partner center|system|invoice|admin center|records?|e-?mail|contract|order|receipt)( actually)? (says|shows|said|showed|lists|has)\b|\bbut i (checked|looked)( and it (says|was))?\b"),
        OtherEventWords = Rx(@"^\W*(wait\W*)?(that'?s|that is|that was|this was|it was) (just |only |actually )?(when|the day|the date)\b"),
        ClauseJoinWords = Rx(@"\s(and|but)\s"),
        // Not "already too late", which asks about the deadline.
        RepeatWords = Rx(@"\b(already(?! (too late|past|over))|before|previously|earlier|second|another|again|last time|once)\b"),
        ReceivedWords = Rx(@"\b(got|received|(?<!\bbe )issued|(were|was) (given|issued|sent)|(?<!\b(could|would|should|might|can|will)(n'?t)?( (we|i|you|they|he|she|it))?( still| not)? )(have|has|had) (had|gotten|got)|(gave|issued|sent) us|(was|were|has been|have been|had been|already) replaced|(support|microsoft|they) replaced)\b"),
        // "Left" only with a subject or an object that makes it a departure: "how many days are left" is not one.
        // "How long do we have left on it" is time remaining, not someone leaving.
        PersonLeftWords = Rx(@"\b(who|has|have|had|just|he|she|they|employee|colleague|developer|person|guy) (left|departed)\b(?!\s+(on|in|for|to|of|until|till|before|over)\b)|\b(quit|quits|resigned|resigns)\b|\bleft (the company|us|the team|the firm|the organi[sz]ation|the business)\b|\bleaving (the company|us)\b|\bresigned\b|\bno longer (works|with us)\b|\bsuccessor\b|\breplacement (for|of) (him|her|them)\b|\b(my|his|her|their) replacement\b"),
        ConditionalWords = Rx(@"(?<!\b(ask|asks|asking|asked|wonder|wonders|wondering|know|knows|see|check|checking|sure|unsure|whether) )\bif\b|\b(suppose|supposing|assume|assuming|had (we|i|they|he|she))\b"),
        PlanWords = Rx(@"(?<!\b(were|was|had been) )\b(will|going to|gonna|plan(ning)? to|planned for|the plan is|intend(ing)? to|about to|scheduled (for|to))\b(?! not\b)"),
        // "Was that allowed?" asks about the act just told, on its day.
        ThatDayWords = Rx(@"\bthat (day|date)\b|\bthis date\b|\bat that (time|point)\b|\bback then\b|\bby then\b|\bthen\s*$|^\s*(was|were) (that|this)( (move|reassignment|transfer|switch|handover|change|payment|renewal|request|swap))?( still)? (allowed|ok|okay|fine|possible|permitted|in time|on time|too late|early enough|soon enough|legit)\b"),
        // "Assume we let it lapse" supposes; "I assumed" believes.
        BeliefWords = Rx(@"\b(think|thinks|thought|believe|believes|believed|reckons)\b|\b(i|we|he|she|they|someone) (assume|assumes|assumed)\b|\bunder the impression\b"),
        WindowWords = Rx(WindowName + @"|\bwindow\b"),
        WhenClauseWords = Rx(@"^\s*(and |but |so )?(when|on the day|at the time)\b"),
        DescribedDayWords = Rx(@"\b(on|until|till|through|by|at) (the|that|this|our|my|his|her|their|its) ((last|first|final) )?(day|date|deadline|due date)\b[^,.;:?!]{0,40}|\b(on|by|until) ((the|our) )?\w+ day\b|\b(at|for|during|before|by) that \w+|\bat the time of (the |our |that )?\w+|\bwhen (we|i|they|he|she|you) \w+\b[^,.;:?!]{0,40}"),
        LastDayWords = Rx(@"\b(his|her|their|my) last (working |work )?day\b"),
        DepartureWords = Rx(@"\b(left|leaves|leaving|quit|quits|resigned|resigns|departed)\b"),
        YearlyRenewalWords = Rx(@"\b(every|each) (year|yr)\b|\bannual(ly)?\b|\bthis (year|yr)('?s)?\b|\byearly\b"),
        RenewalPaidWords = Rx(@"\b(paid|settled)\b[^,.;?!]{0,40}(?<!\blast (year|yr)'?s )\brenewal\b|(?<!\blast (year|yr)'?s )\brenewal( fee)? (for (this|the current) (year|cycle|period) )?((is|was|has been|went|has gone) (already )?|already )(paid|done|processed|completed|through)\b|\balready (renewed|re-?upped)\b|\brenewal( \d{4})?\s*:\s*(already )?paid\b|\b(we|have|we've) (renewed|re-?upped) (it |for this (cycle|year) )?(already|this year)\b|\b(this|the current) (round|cycle|year'?s (fee|payment|round|invoice)) (is|was|has)( already)?( been)? (already )?(paid|settled|done|taken care of)\b"),
        MessageWords = Rx(@"\b(e-?mail|mail|message|reminder|notification|notice|letter|newsletter|banner|invite|invitation|ticket|note)\b"),
        PandemicStartWords = Rx(@"\b(pandemic|covid|corona|lock ?downs?)\b[^,.;?!]{0,12}\b(started|began|start|begun|broke out|hit)\b|\b(start|beginning|outbreak) of (the )?(pandemic|covid|corona)\b|\bfirst lock ?down\b"),
        MoreTimeWords = Rx(@"\b(more|extra|additional) time\b|\bpushed (back|out|into)\b|\bpush(ed|ing)? (it|us|them|the (date|deadline|anniversary)) (back|out)\b|\b(extra|additional) (year|months?)\b|\bpostpone|\bdeferr?(ed|al)?\b"),
        MonthEndWords = Rx(@"\b(end of|the end of|late|last day of)\s*$"),
        MonthStartWords = Rx(@"\b(start of|beginning of|early|first day of)\s*$"),
        EarlyRenewalWords = Rx(@"\b(upcoming|coming up|the next renewal|too early|too soon)\b|\b(can'?t|cannot)\b[^,.?!]{0,30}\byet\b|\balready (be )?re-?new|\bre-?new\w* (\p{L}+ ){0,3}(already(?! (closed|over|ended|passed|gone|shut|expired|lapsed|missed|past|run out|ran out|finished))|early|in advance|ahead of time)\b"),
        ExpiredWords = Rx(@"\b(expired|lapsed|ran out|has run out|ended)\b"),
        PartialWords = Rx(@"\b(half|part of|partly|partially|some of)\b"),
        SameThingWords = Rx(@"\b(it|the (vs |visual studio )?(sub|subscription|license|licence|seat))\b"),
        MovedOnWords = Rx(@"\bre-?assigned\b|\b(transferred|handed over|passed on) to\b|\b(it|the (sub|subscription|license|licence|seat)) (went|moved)( over)? to\b|(^|\band\b|,)\s*then\b"),
        NotRenewingWords = Rx(NotRenewing),
        UseWords = Rx(@"\b(use|uses|using|work|works|working|run|runs|running|access|activate|activating|give|giving|set up|assign|assigning)\b"),
        TodayWords = Rx(@"\b(today|now)\b"),
        StillWords = Rx(@"\b(still|anymore|any longer|today|now|currently)\b"),
    };
}
