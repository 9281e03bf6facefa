using static BenefitsBot.Domain.Rules.RuleVocabulary;

namespace BenefitsBot.Domain.Rules;

/// <summary>Swedish phrases (written without diacritics: text is normalized).</summary>
internal static class RuleVocabularySv
{
    /// <summary>The renewal window by its own name: the rule's strongest cue, and what a year beside it names (<see cref="RuleVocabulary.WindowWords"/>).</summary>
    private const string WindowName = @"fornyelse?fonst|fornyelse?period";

    private const string NotRenewing = @"\b(tanker|ska|skall|kommer|vill|planerar att|har bestamt oss for att) inte (att )?(fornya|betala)\b|\bfornyar (inte|ej)\b|\b(inte|ej) fornyar\b|\bbestamt (oss for )?att (vi )?(inte|ej)\b|\blater (det|den|medlemskapet|kompetensen) (lopa ut|ga ut|forfalla)\b|\bavstar (fran )?att fornya\b";

    private const string RenewVerb = @"\bforny(a|as|er|else|elsen|elser|elserna)\b";

    public static RuleVocabulary Vocabulary { get; } = new()
    {
        KindCues =
        [
            // "Förnyelsfönstret": the e of the compound joint is often dropped.
            Cue(WindowName, RuleKind.RenewalWindow, 5),
            // Being in the window: the articles' only window is the renewal's ("inget betalt sedan årsdagen; är måndag fortfarande
            // inom fönstret?").
            Cue(@"\b(inom|i|innanfor|inne i|utanfor) fonstret\b", RuleKind.RenewalWindow, 4),
            Cue(RenewVerb, RuleKind.RenewalWindow, 2),
            Cue(@"\bbetala (in )?(arets )?(fornyelse|forlangning|arsavgift|medlemsavgift)", RuleKind.RenewalWindow, 3),
            // This cycle's renewal told as pending ("förnyelsen är fortfarande inte klar", "inte betalt i år"): what the window is for;
            // a lapse is told by expiry or reactivating, which the grace period's own cues weigh. Not in a condition, which tells nothing.
            Cue(@"(?<!\b(om|ifall) )\b(arets )?(fornyelse|fornyelsen|fornyelseavgift(en)?|arsavgift(en)?)\b[^,.;?!]{0,30}\b(inte|ej)\b[^,.;?!]{0,15}\b(betald|betalt|betalats|gjord|klar)\b|\b(inte|ej)\b[^,.;?!]{0,10}\b(betalat|betalt|fornyat)\b[^,.;?!]{0,10}\bi ar\b|\b(inte|ej) (hunnit )?betala (arets )?fornyelsen\b", RuleKind.RenewalWindow, 4),
            // Paying for the year ahead is renewing: "årets avgift", "betala för det nya året", "nästa betalning".
            Cue(@"\barets (avgift|betalning|faktura)\b|\barliga (avgift|betalning)(en)?\b|\bbetala for (det nya aret|kommande ar(et)?|nasta period)\b|\bnasta (betalning|faktura|gang vi ska betala)\b", RuleKind.RenewalWindow, 3),
            // "Förlänga" in the active, asked or planned, is renewing; the COVID extension is told in the past ("förlängdes").
            Cue(@"\bforlang(a|er)\b", RuleKind.RenewalWindow, 2),
            // Renewing in everyday words: "förlänga medlemskapet", "betala för nästa år".
            Cue(@"\bforlang(a|er|s)? (medlemskapet|kompetensen|avtalet|action pack)\b|\bbetala for nasta ar\b", RuleKind.RenewalWindow, 3),
            Cue(@"\b(oppnar|stanger)\b", RuleKind.RenewalWindow, 1),
            // A window asked for by both its ends.
            Cue(@"\bfran (nar|vilken dag|vilket datum) (till|t\.?o\.?m\.?) (nar|vilken( dag)?|vilket( datum)?)\b", RuleKind.RenewalWindow, 2),
            Cue(@"\bkop(te|t|tes|a|er)\b|\bkopet\b|\binkop|\bbetalade\b", RuleKind.RenewalWindow, 1),
            // A voucher is a code to redeem, as a key is; "Office-koden" names the product's code.
            Cue(@"nyckel|nycklar|\b(aktiverings|licens|produkt)kod|\bserienum(mer|ret|ren)|\bvoucher(n|s|ns)?\b|-kod(en|er|erna)?\b", RuleKind.KeyUsableUntil, 3),
            Cue(@"\blos(te|er|tes|es|a|t)? ((vi|jag|ni|de|man|hon|han) )?in\b|\binlos", RuleKind.KeyUsableUntil, 2),
            // Restoring it is reactivating it ("återställa kompetensen").
            Cue(@"ateraktiv|aktivera (den |kompetensen )?igen|\baterstall(a|er|s|d)?\b|\baktiva? igen\b|\baktivt igen\b", RuleKind.GracePeriodEnd, 4),
            // Getting the competency or membership back: reactivating it (not money back).
            Cue(@"\bf(a|ar|att|ick) (vi |jag |ni )?tillbaka (den|det|allt|kompetensen|medlemskapet|statusen|formanerna)\b|\bf(a|ar|att|ick) (vi |jag |ni )?(den|kompetensen|medlemskapet) tillbaka\b", RuleKind.GracePeriodEnd, 4),
            // The renewal that was due did not happen; "ännu" is the renewal still due.
            Premise(@"\bfornyelsen (har|hade) (inte|ej|aldrig) (gjorts|skett|blivit av)\b(?! annu)", RuleKind.GracePeriodEnd, 4),
            // "Fönstret" alone, once the renewal is the topic.
            Cue(@"\bfonstret\b", RuleKind.RenewalWindow, 2),
            // A decision not to renew: the renewal now due lapses.
            Premise(NotRenewing, RuleKind.GracePeriodEnd, 4),
            Premise(@"\b(inte|ej|aldrig|glomde( att)?) (fornyat|fornya|fornyade|betalat|betala|betalt)\b|\baldrig betalda?\b|\b(fornyade|fornyat|betalade|betalat|betalt) (inte|ej)\b", RuleKind.GracePeriodEnd, 4),
            // "Har vi missat fönstret?" asks whether it is still open; "vi missade förnyelsen" states a lapse.
            Cue(@"\bmissade\b(?! vi\b)|(?<!\b(har|hade) (vi|jag|ni|man) (redan )?)\bmissat\b|\brespit", RuleKind.GracePeriodEnd, 4),
            Premise(@"\bbetala\b", RuleKind.GracePeriodEnd, 2),
            Premise(@"betalning(en)?\b[^,.;?!]{0,20}\b(gick inte igenom|misslyckades|nekades|studsade)\b", RuleKind.GracePeriodEnd, 4),
            Cue(@"medlemskapserbjudand", RuleKind.GracePeriodEnd, 3),
            Cue(@"\bradda (den|det|kompetensen|medlemskapet|statusen)\b", RuleKind.GracePeriodEnd, 3),
            // Getting it going again is reactivating it ("få igång kompetensen igen").
            Cue(@"\bf(a|ar|att) igang (den|det|kompetensen|medlemskapet|statusen) igen\b", RuleKind.GracePeriodEnd, 4),
            // Nobody paid, or it should have been renewed: a lapse told in other words.
            Premise(@"\bingen (har )?(betalat|betalade|fornyat|fornyade)\b|\bskulle (ha )?(fornyats|betalats)\b|\bfornyelsen som skulle (ha )?ske(tt)?\b", RuleKind.GracePeriodEnd, 3),
            // The article's example of benefits that need a user assignment: subscriptions activated or kept running.
            Cue(@"\b(aktiver\w*|anvand\w*)\b[^,.;?!]{0,20}\bprenumeration\w*|\bprenumeration\w*\b[^,.;?!]{0,20}\b(igang|aktiverade?)\b", RuleKind.UserAssignedBenefitExtension, 2),
            Cue(@"\bgick ut\b|\butgang|\bforfall|\bforfoll|\bloper ut\b|\blopte ut\b", RuleKind.GracePeriodEnd, 2),
            Cue(@"\barsda(g|tum)|\bjubileums? ?da(g|tum)", RuleKind.GracePeriodEnd, 1),
            Cue(@"\barsda(g|tum)|\bjubileums? ?da(g|tum)", RuleKind.CovidExtension, 1),
            Cue(@"fornyelsedatum", RuleKind.UserAssignedBenefitExtension, 4),
            Cue(@"registrering", RuleKind.UserAssignedBenefitExtension, 3),
            // The article's "förmåner som kräver en användartilldelning".
            Cue(@"anvandar ?tilldeln|\btilldela(de|s|t)? (till )?(anvandare|enskilda)\b", RuleKind.UserAssignedBenefitExtension, 3),
            Cue(@"(visual studio|\bvs\b)[^.?!]{0,80}forny|forny[^.?!]{0,80}(visual studio|\bvs\b)", RuleKind.UserAssignedBenefitExtension, 3),
            // Activating or using a Visual Studio subscription: the article's benefits that need a user assignment, which a lapse
            // ("we haven't renewed") is the premise of, so as strong as the lapse.
            Cue(@"(visual studio|\bvs\b)[^,.;?!]{0,40}\b(aktiver\w*|anvand\w*)|\b(aktiver\w*|anvand\w*|funkar|fungerar|kor|kora|korde|komma igang med|kom igang med|behover|kvar|behalla|tappar|forlorar)\b[^,.;?!]{0,40}(visual studio|\bvs\b)|\btilldelade anvandare\b", RuleKind.UserAssignedBenefitExtension, 4),
            // Moving it to someone: "flytta den till Sara", "om jag flyttar prenumerationen".
            Cue(@"omfordel|omtilldel|\btilldela(s)? om\b|\bflytta(s)?\b|\bflyttar (jag |vi )?(den|det|licensen|prenumerationen|abonnemanget)\b|\bbyt(a|er)? (anvandare|person|innehavare)\b", RuleKind.VsReassignFrom, 4),
            // "Får licensen gå vidare till Lisa?": passed on to someone.
            Cue(@"\bga vidare till\b", RuleKind.VsReassignFrom, 3),
            // Taking over a predecessor's subscription: "tilldela den till mig själv".
            Cue(@"\btill mig sjalv\b|\btilldela mig sjalv\b", RuleKind.VsReassignFrom, 3),
            Cue(@"\bnagon annan\b|\ben annan (person|anvandare|kollega)\b", RuleKind.VsReassignFrom, 3),
            // A newcomer who should get a subscription someone else had.
            Cue(@"\bnyanstalld|\b(ny|nya|en ny|var nya) (utvecklare|utvecklaren|kollega|kollegan|medarbetare|medarbetaren|anstalld|konsult)\b|\bvikarie", RuleKind.VsReassignFrom, 2),
            Cue(@"\b(ratt|fel|annan) person\b", RuleKind.VsReassignFrom, 3),
            // Giving or handing it to someone ("ge den till nästa praktikant", "lämna över licensen").
            Cue(@"\bge (den|det|licensen|prenumerationen)( vidare)? till\b|\boverlat(a|er)\b|\blamna(r|s)? over\b|\bta(r)? over (den|det|licensen|prenumerationen|hennes|hans)\b", RuleKind.VsReassignFrom, 3),
            Cue(@"\btilldela|\bgav\b", RuleKind.VsReassignFrom, 1),
            Cue(@"ersattning|\bersatta\b|\bersatte\b|\bbyt(a|te|t)\b(?! (anvandare|person|innehavare))|\bbyte\b", RuleKind.ReplacementTokenDeadline, 3),
            // A tenant is a directory ("katalog") in Swedish admin centers.
            Cue(@"\bfel (tenant|klient\w*|konto|innehavare|katalog)\b|\b(en kunds|kundens|en annan|nagon annans) tenant\b", RuleKind.ReplacementTokenDeadline, 3),
            // The article's tokens activated on the wrong tenant or seats added by accident (not a test environment alone).
            Cue(@"\bav misstag\b|\boavsiktligt\b|\bfel miljo\b", RuleKind.ReplacementTokenDeadline, 3),
            // Token compounds (the article's "nättoken", "nättokenen").
            Cue(@"\w+token(en|et|s)?\b", RuleKind.ReplacementTokenDeadline, 2),
            Cue(@"\bla(de)? till (fler )?(platser|licenser)\b|\bi ?stallet for att forlang", RuleKind.ReplacementTokenDeadline, 3),
            Cue(@"\bny token\b|\ben ny\b", RuleKind.ReplacementTokenDeadline, 1),
            Cue(@"aterbetal|pengarna tillbaka|pengar tillbaka|\bf(a|ar|att|ick) tillbaka (pengarna|pengar)|\bf(a|ar|att|ick) pengarna tillbaka|\b(ha|fa|far|fick) (vi |jag |ni |man )?tillbaka pengarna\b|\bangerratt|\bskicka tillbaka\b", RuleKind.RefundDeadline, 4),
            Cue(@"\bavbryt|\bavbok|\bangra|\bsaga upp\b|\bhava|\breturner", RuleKind.RefundDeadline, 3),
            Cue(@"\bkop(te|t|tes|a|er)\b|\bkopet\b|\binkop|\bbetalade\b", RuleKind.RefundDeadline, 1),
            Cue(@"covid|corona|pandemi", RuleKind.CovidExtension, 5),
            Cue(@"nedstangning|\block ?down|karantan", RuleKind.CovidExtension, 4),
            // Believing it was extended is asking whether it was: "vi antog att den hade förlängts".
            Cue(@"\b(trodde|antog)\b[^,.;?!]{0,20}\b(forlangts|forlangdes|hade forlangts|var forlangd)\b", RuleKind.CovidExtension, 4),
            // The article's "utökas ... genom nästa jubileumsdatum".
            Cue(@"forlangdes|\bforlangts\b|\bforlangd\b|forlangning|\butok(as|ades|ad|at|ning)\b", RuleKind.CovidExtension, 2),
            // Asking whether it is or was extended ("blir medlemskapet förlängt?", "förlängdes den?") names the extension.
            Cue(@"\b(blir|blev|kommer) (den|det|vi|de|var \w+|kompetensen|medlemskapet)\b[^,.;?!]{0,15}\b(forlangd|forlangt|forlangda|forlangas)\b|^\s*(forlangdes|forlangs) (den|det|vi|var \w+|kompetensen|medlemskapet)\b", RuleKind.CovidExtension, 3),
            // "Förlängningen 2020": the extension the article dates to 2020.
            Cue(@"(forlangning|utokning)\w*\b[^,.;?!]{0,20}\b2020\b|\b2020\b[^,.;?!]{0,10}(forlangning|utokning)", RuleKind.CovidExtension, 3),
        ],
        RoleCues =
        [
            Role(@"\bkop(te|t|tes|a)\b|\bkopdatum(et)?\b|\binkop|\bbetalade\b|\bfaktur|\b(registrerade|anmalde) (vi )?oss\b|\bbestall(de|t|des|ning)|\border(n)? (lades|lagts|lagd|gick in)\b|\blade (en |var )?order\b|\borderdatum(et)?\b|\b(skaffade|tog|fick) (vi )?((var|vart) )?(medlemskap(et)?|paket(et)?|kompetens(en)?|partnerskap(et)?|action pack)\b", DateRole.Purchase),
            Role(@"\b(action pack|kompetens(en)?|medlemskap(et)?)\b[^,.;?!]{0,15}\bsedan\b", DateRole.Purchase),
            // The membership starting is its start: "det startade i maj 2021", "medlemskapet började …", "startdatumet var …".
            Role(@"\b(det|den|medlemskapet|kompetensen|avtalet|partnerskapet|action pack|paketet) (startade|borjade|drog igang)\b|\bstartdatum(et)?\b", DateRole.Purchase),
            Role(@"(?<!\b(han|hon|hen|de|chef(en)?|kollega(n)?|konsult(en)?|utvecklare(n)?|ekonom(en)?|praktikant(en)?) )\b(gick med(?! i (teamet|foretaget|firman|bolaget|gruppen))|anslot oss|blev (medlem|medlemmar|partner|partners)|(medlem|medlemmar|partner) sedan|uppnadde|erholl)\b|\b(medlemskap(et)?|kompetens(en)?|partnerskap(et)?) (startade|borjade)\b", DateRole.Purchase),
            // An age reached on a day dates the anniversary: "medlemskapet fyllde två år i måndags".
            Role(@"\barsda(g|tum)|\bjubileums? ?da(g|tum)|\bgick ut\b|\bl(opte|oper) ut\b|\bforfall|\bforfoll|\bskulle fornyas\b|\b(fyllde|fyller|fyllt) (ett|tva|tre|fyra|fem|sex|sju|atta|nio|tio|\d{1,2}) ar\b", DateRole.Anniversary),
            // After a fronted time the subject follows the verb, before its particle: "igår löste jag in nyckeln".
            Role(@"\blos(te|er|tes|es|a|t)? ((jag|vi|du|ni|han|hon|hen|de|man|it|inte|forst) )?in\b|\binlos|\b(knappade|skrev|matade|slog) ((jag|vi|du|ni|han|hon|hen|de|man|it) )?in\b|\bangav\b|\banvande (vi |jag |ni |de |han |hon )?(vouchern|koden|nyckeln)\b", DateRole.Redemption),
            Role(@"fornyelsedatum|\bregistrering|\bfornyas\b", DateRole.EnrollmentRenewal),
            // The event is past ("tilldelades", "tilldelad"); "kan jag tilldela om den" asks about a new one.
            Role(@"\b(flyttade|overlat) (vi |jag )?(den|det|prenumerationen|licensen) till\b|\btilldela(de|des|d|t)\b|(?<=\b(om|ifall) (jag|vi) )tilldelar\b|\btilldelning|\bgav\b|\bfick\b[^,.;?!]{0,40}\b(prenumeration|licens)|\b(prenumeration|licens)(en)?\b[^,.;?!]{0,15}\bsedan\b|\bhar haft (den|det|sin|sitt)\b[^,.;?!]{0,10}\bsedan\b|(?<!\b(vi|jag|ni|man|de|dom) )\bfick (den|sin|sitt)\b", DateRole.Assignment),
            Role(@"\baktiver|\banvande\b", DateRole.Activation),
        ],
        EligibilityCues =
        [
            // An inverted question (the verb opens the clause) with "still / already / today / right away": "kan en nyanställd
            // fortfarande aktivera den?"; "det är fortfarande obetalt" is a statement.
            Rx(@"^\s*(och |men |sa )?(kan|kunde|far|fick|hinner|ar|gar|galler|funkar|fungerar|blir|maste|ska|borde|bor)\b[^,?]{0,60}\b(fortfarande|annu|redan|idag|i dag|nu|direkt|genast|med en gang|omedelbart|i tid)\b"),
            Rx(@"^\s*(och |men |sa )?(ar|var) (den|det|vi|jag|nyckeln|licensen|prenumerationen|token|kompetensen)\b[^,?]{0,40}\b(giltig|giltigt|mojligt|tillatet|berattigade|for sent|inom|inne i|innanfor|utgangen|utgatt)\b"),
            Rx(@"\bhinner (vi|jag|man)\b"),
            // An elliptical question: "nyckeln inlöst 13/2, fortfarande ok?"
            Rx(@"\b(fortfarande|fortf|annu|an) (ok|okej|giltig|giltigt|aktiv|aktivt|mojligt|oppet|oppen|i tid|anvandbar)\b"),
            // An indirect yes/no question: "chefen undrar om nyckeln fortfarande gäller"; in a letter, "jag vill gärna veta om …", "kan ni
            // bekräfta om …".
            Rx(@"\b(undrar|undrade|fragar|fragade|(vill|ville)( garna)? veta|kollar|kolla|bekrafta|bekraftar) om\b"),
        ],
        AskedOnlyCues =
        [
            // A tag question after the wish: "jag vill förnya idag, det går?", "… funkar det?".
            Rx(@"\bdet (gar|funkar|fungerar|duger)\s*$|\b(gar|funkar|fungerar|duger) det\s*$"),
            // Chat shorthand asks without inverting ("nyckeln från 3/3 giltig fortf idag", "refund möjlig idag", "funkar vs subs ff"): a
            // modal or a verdict word with "fortfarande / idag / nu" beside it, read only in a question or in a line without any question mark.
            Rx(@"^(?!.*\b(vad|vilken|vilket|vilka|nar|hur)\b).*(\b(mojlig|mojligt|giltig|giltigt|ok|okej|tillatet|aktiv)\b[^,.;]{0,20}\b(fortfarande|fortf|ff|annu|idag|i dag|nu)\b|\b(fortfarande|fortf|ff|annu)\b[^,.;]{0,20}\b(mojlig|mojligt|giltig|giltigt|ok|okej|tillatet)\b|\b(kan|hinner|funkar|fungerar|galler|gar)\b[^,.;]{0,60}\b(fortfarande|fortf|ff|annu|idag|i dag|nu|redan)\b)"),
            Rx(@"\bfor sent\b|\bfortfarande tid\b|\bi tid\b|\beller inte\b"),
            // A fear asked as a statement: "jag är orolig för att nyckeln slutat gälla?"
            Rx(@"\b(radd|orolig)( for)? att\b"),
            // "Kört?" (is it over?): as a question of its own or as the alternative ("…, eller är det kört?"); without diacritics the
            // word is also "kort" (card, short).
            Rx(@"^\s*(eller )?(ar det |e det |ar vi )?kort\s*$"),
            // A statement asked with "väl" after its verb, or with a tag, asks for its yes or no: "fönstret har väl inte stängt än?",
            // "vi kan väl fortfarande betala?", "…, eller hur?", "…, stämmer det?". Normalized text writes "väl" as "val".
            Rx(@"\b(ar|har|hade|kan|kunde|far|gar|galler|funkar|fungerar|hinner|blir|ska|maste|racker|duger|finns|var|borde|bor) val\b|^\s*(eller hur|visst|stammer det|inte sant)\s*$"),
            Rx(@"\b(ar|ar det|gar det|fortfarande) (fortfarande )?(mojligt|ok|okej|giltig|giltigt|tillatet)\s*$"),
            Rx(@"^\s*(fortfarande )?(mojligt|ok|okej|tillatet)\s*$"),
            // "Återbetalning för beställningen?": the thing asked for, alone, asks whether it can be had.
            Rx(@"^\s*(aterbetalning|pengarna tillbaka)\b"),
            // A question after a condition, without a comma: "om vi betalar idag får vi tillbaka den?" inverts after the condition.
            Rx(@"^\s*(och |men |sa )?(om|ifall|tank om)\b[^?]*?\b(kan|kommer|far|ar|blir|hinner|gar|funkar|fungerar|galler|racker)\s+(jag|vi|ni|de|den|det|han|hon|hen|man)\b"),
        ],
        // V1 word order: "kan jag förnya när jag är tillbaka?", "kommer den att fungera på mötet?", "stämmer det?" (confirming a claim). Without diacritics "är" is
        // also "år" (year), so it takes a subject; "var" (also "vår", "where") is left out.
        VerbFirstQuestion = Rx(@"^\s*(och |men |sa )?(lag (det|den|vi)\b|(kan|kunde|far|fick|hinner|hann|ligger|hamnar|hamnade|galler|gallde|haller|holl|gar|gick|funkar|funkade|fungerar|fungerade|har|hade|kommer|blir|blev|maste|ska|skulle|behover|duger|dugde|racker|rackte|forlorar|tappar|slutar|upphor|stammer)\s+(?!du\b)\w|var (jag|vi|ni|den|det|de|han|hon|hen|man|nyckeln|licensen|prenumerationen|kompetensen|token)\b|ar (jag|vi|du|ni|den|det|de|han|hon|man|nyckeln|licensen|prenumerationen|kompetensen|token|formanen|\p{L}+(et|en|na))\b)"),
        SubordinateWhen = Rx(@"(?<!\b(och|eller|men)\s+)\bnar\b"),
        TellWords = Rx(@"\b(saga|beratta|veta|vet|forklara|ta reda pa|visa)\b"),
        // The last day of a named month or period is a date ("on the last day of this month"), not a question for one.
        OpenQuestionCues = [Rx(@"\bhur (lange|lang tid|manga dagar)\b|\btill nar\b|\bnar\b|\bvilket datum\b|\bvilken dag\b|\b(?<!(hans|hennes|deras|min|mitt|din|hens) )sista (arbets)?dag(en)?\b(?! (i|av) (denna |den har |nasta |forra )?(manad(en)?|veckan?|aret|kvartal(et)?)\b| i (jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)[a-z]{0,7}\b)|\bsenast\b")],
        RenewWords = Rx(RenewVerb + @"|\bforlang(a|er)\b"),
        WhenCues = [Rx(@"\bnar\b|\bhur (lange|lang tid)\b|\bsista dag|\bdatum|\bsenast|\btidigast|\bfortfarande\b")],
        SoftwareWords = Rx(@"programvar|mjukvar|\bsoftware|nyckel|nycklar|formaner|formanen|licens|nedladdning"),
        ActivationWords = Rx(@"\baktiverat|\baktiverade|\baktiverad\b|\banvant|\banvande|\binstallerat|\binstallerade|\binstallerad\b|laddat ner|laddade ner|\bhamtat|\bhamtade|\bloste in|\blost in|\b(hann|(har|hade) (redan )?hunnit) (redan )?(ladda ner|installera|aktivera|anvanda)\b"),
        PaymentWords = Rx(@"\b(betala\w*|faktur\w*)\b"),
        NetworkJoinWords = Rx(@"\bgick med i (mpn|microsofts? partnernatverk|partnernatverket|natverket|partnerprogrammet)\b|\banslot (oss |vi oss )?till (mpn|natverket|partnernatverket)\b"),
        NobodyWords = Rx(@"\bingen\b"),
        NegationWords = Rx(@"\b(inte|ej|aldrig|inga|inget|ingen|varken|ingenstans|ingenting)\b"),
        ReplacementWords = Rx(@"ersattning|\bersatt|\bbyt(a|te|t)\b|\bbyte\b|\bny token\b"),
        // A date looked up after a guess ("2025-02-20 tror jag, kollade loggen: 2025-02-18", "eller nej, kvittot visar …") is the one to use.
        CorrectionWords = Rx(@"\b(forlat|menar jag|jag menade|jag menar|rattelse|skrivfel|nej vanta|sorry|kollade igen|dubbelkollade|kollade|kollat|bekraftat|stamt av|rattade (det|sig|mig|oss)|det stamde inte|(loggen|kvittot|fakturan|portalen|systemet|registret|listan|mejlet|ordern|bekraftelsen) (sager|visar)|eller var det)\b"),
        // "men fakturan visar 4/3" corrects; "men fakturan kom 4/3" tells when the invoice came.
        RightBeforeCorrectionWords = Rx(@"\b(nej|eller nej)\b(?!\s*[.:#])|\b(flyttad|flyttat|flyttades|flyttats|skjuten|skjutits|senarelagd|andrad|andrades)( fram| upp)? till(?=\s+(den\s+)?\d)|\b(eller snarare|snarare|eller rattare sagt)\b|,\s*egentligen\b|\bmen (i |pa )?(portalen|partner center|systemet|fakturan|kvittot|mejlet|ordern)\b(?! (kom|kommer|skickades|skickas|betalades|betalas|forfaller|forfoll)\b)( star det| sager| visar| star)?|\bmen jag kollade( och det (var|star))?\b"),
        OtherEventWords = Rx(@"^\W*(forresten\W*)?((det|da) (var|ar) (bara |ju )?(da|nar|dagen|datumet)|da)\b"),
        ClauseJoinWords = Rx(@"\s(och|men)\s"),
        RepeatWords = Rx(@"\b(redan(?! for sent)|tidigare|forut|andra|igen|ytterligare|en till|en gang)\b"),
        // Issued, as a support ticket says it ("ärendet säger: ersättningstoken utfärdad 9 juni").
        ReceivedWords = Rx(@"\b(fick|(har|hade) fatt|erholl|gav oss|(har|hade) gett oss|ersattes|(har|hade) ersatts|utfardad(es)?|utfardats|levererad(es)?)\b"),
        PersonLeftWords = Rx(@"\b(slutat|slutade|sagt upp sig|sade upp sig|lamnat|lamnade|gatt|gick) (hos oss|foretaget|bolaget|firman)\b|\b(har|hade|som) (slutat|lamnat|sagt upp sig)\b|\beftertradare|\bersattare\b"),
        ConditionalWords = Rx(@"(?<!\b(undrar|undrade|fragar|fragade|fraga|vet|veta|kolla|kollar|se|osaker|bekrafta|bekraftar) )\b(om|ifall) (vi|jag|ni|man|hon|han|de|dom|det|hen)\b|\bsavida\b|\bhade (vi|jag|ni|man)\b"),
        PlanWords = Rx(@"\b(ska|skall|kommer att|planerar( att)?|har planerat|planen ar)\b(?! inte\b)"),
        ThatDayWords = Rx(@"\b(den|samma) dagen\b|\b(det|samma) datumet\b|\bvid (det|den) tiden\b|\btill dess\b|\bda\s*$|^\s*var (det|detta) (fortfarande |da )?(tillatet|ok|okej|mojligt|i tid|for sent)\b|^\s*(rackte|gick|funkade|fungerade|holl) det\b"),
        BeliefWords = Rx(@"\b(tror|trodde|antog|antar|inbillade)\b|\bfick for mig\b"),
        WindowWords = Rx(WindowName + @"|\bfonstret\b"),
        WhenClauseWords = Rx(@"^\s*(och |men )?(nar|den dag|pa dagen)\b"),
        DescribedDayWords = Rx(@"\b(pa|till|fore|senast) ((den|det|var|min|hans|hennes|deras) )?((sista|forsta) )?(\w*dagen|\w*datumet|deadline\w*)\b[^,.;:?!]{0,40}|\bnar (vi|jag|de|ni|han|hon) \w+\b[^,.;:?!]{0,40}"),
        LastDayWords = Rx(@"\b(hans|hennes|deras|hens|min) sista (arbets)?dag"),
        DepartureWords = Rx(@"\b(slutade|slutat|slutar|lamnade|lamnat|lamnar|sa upp sig|sade upp sig|sagt upp sig)\b"),
        YearlyRenewalWords = Rx(@"\bvarje ar\b|\barligen\b|\barets\b|\bi ar\b"),
        RenewalPaidWords = Rx(@"\b(betalat|betalt|betalade)\b[^,.;?!]{0,25}\b(fornyelse|arsavgift|medlemsavgift)|\b(arets|arsens) (fornyelse|arsavgift|medlemsavgift)\b[^,.;?!]{0,10}\b(betalade|betalat|betalt) (vi|jag|ni)\b|\bfornyelsen? (for (i ar|det har aret|detta ar|den har perioden|denna period) )?(ar|var|har blivit) (redan )?(betald|klar|gjord|genomford)\b|\bredan fornyat\b|\bfornyelse( \d{4})?\s*:\s*(redan )?(betald|betalt)\b|\bhar fornyat (redan|i ar)\b|\barets (avgift|betalning|faktura)\b[^,.;?!]{0,10}\b(ar|har) (redan )?(betald|betalt|betalats)\b"),
        MessageWords = Rx(@"\b(mejl|mejlet|mail|mailet|e-post|e-postmeddelande|meddelande|meddelandet|paminnelse|paminnelsen|brev|brevet|avisering|notis|arende|arendet|ticket|ticketet|anteckning|anteckningen)\b"),
        PandemicStartWords = Rx(@"\b(pandemin|covid|corona|nedstangningen)\b[^,.;?!]{0,12}\b(brot ut|borjade|startade|kom)\b|\b(borjan|starten|utbrottet) (av|pa) (pandemin|covid|corona)\b|\bforsta nedstangningen\b"),
        MoreTimeWords = Rx(@"\b(mer|extra|ytterligare|langre) tid\b|\bskjut(a|it|s)? upp\b|\bskots upp\b|\buppskov|\bfick vi (mer|extra)"),
        MonthEndWords = Rx(@"\b(sista|slutet av|slutet pa|i slutet av|sista dagen i|sena)\s*$"),
        MonthStartWords = Rx(@"\b(borjan av|i borjan av|forsta dagen i|forsta)\s*$"),
        EarlyRenewalWords = Rx(@"\b(kommande|som kommer nu|nasta fornyelse|for tidigt|fornyelsen narmar sig)\b|\bredan (nu |idag |i dag )?forny|\bforny\w* (\p{L}+ ){0,3}(redan(?! (stangt|stangts|over|slut|passerat|passerats|gatt ut|lopt ut|missats|forbi))|i forvag|i forhand|tidigt)\b"),
        ExpiredWords = Rx(@"\b(gick ut|lopte ut|forfoll|har gatt ut|har lopt ut|har forfallit)\b"),
        PartialWords = Rx(@"\b(halva|halft|halv|delvis|en del av)\b"),
        SameThingWords = Rx(@"\b(den|det|prenumerationen|licensen)\b"),
        MovedOnWords = Rx(@"\bomtilldela\w*|\b(overlats|overlat|fordes over) till\b|\b(den|det|licensen|prenumerationen) (gick|flyttades)( over)? till\b|(^|\boch\b|,)\s*(sedan|darefter)\b"),
        NotRenewingWords = Rx(NotRenewing),
        UseWords = Rx(@"\b(anvand\w*|funka\w*|fungera\w*|kor|kora|jobba\w*|aktivera\w*|ge|lagga upp|tilldela)\b"),
        TodayWords = Rx(@"\b(idag|i dag|nu)\b"),
        StillWords = Rx(@"\b(fortfarande|fortf|ff|annu|an|idag|i dag|nu|langre)\b"),
    };
}
