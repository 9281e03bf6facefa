using static BenefitsBot.Domain.Rules.RuleVocabulary;

namespace BenefitsBot.Domain.Rules;

/// <summary>Dutch phrases (written without diacritics: text is normalized).</summary>
internal static class RuleVocabularyNl
{
    /// <summary>The renewal window by its own name: the rule's strongest cue, and what a year beside it names (<see cref="RuleVocabulary.WindowWords"/>).</summary>
    private const string WindowName = @"verleng(ings?)?venster|verleng(ings?)?periode|vernieuwingsperiode|verleng(ings?)?termijn";

    private const string NotRenewing = @"\b(verlengen|vernieuwen)\b[^,.;?!]{0,15}(?<!\bof )\bniet\b|\bniet (meer )?(verlengen|vernieuwen)\b|\b(laten|laat) [^,.;?!]{0,25}\bverlopen\b|\bstoppen ermee\b|\b(besloten|besluit)\b[^,.;?!]{0,25}\bniet\b|\bzeggen [^,.;?!]{0,25}\bop\b";

    private const string RenewVerb = @"\b(verlengen|vernieuwen|verleng|verlengt|vernieuw|vernieuwt)\b";

    public static RuleVocabulary Vocabulary { get; } = new()
    {
        KindCues =
        [
            Cue(WindowName, RuleKind.RenewalWindow, 5),
            // Renewing in everyday words: "betalen voor het volgende jaar", "het lidmaatschap verlengen".
            Cue(@"\bvoor het volgende jaar\b|\b(lidmaatschap|competentie) (te )?verlengen\b", RuleKind.RenewalWindow, 3),
            Cue(RenewVerb, RuleKind.RenewalWindow, 2),
            // Paying for the year ahead is renewing: "de jaarlijkse betaling", "het nieuwe jaar betalen", "de volgende betaling".
            Cue(@"\bjaarlijkse (betaling|factuur|kosten)\b|\b(het nieuwe|volgend|komend) jaar (te )?betalen\b|\bbetalen voor (het nieuwe|volgend|komend) jaar\b|\bvolgende (betaling|factuur|keer (te )?betalen)\b|\bbetaling voor (deze|de volgende|dit) (ronde|jaar|periode)\b", RuleKind.RenewalWindow, 3),
            Cue(@"\bverlenging\b[^,.;?!]{0,30}\bbetalen\b|\bbetalen voor de verlenging\b", RuleKind.RenewalWindow, 3),
            // This cycle's renewal told as pending ("de verlenging is nog steeds niet voldaan", "nog steeds niet betaald dit jaar"): what the window
            // is for; a lapse is told by expiry or reactivating, which the grace period's own cues weigh. Not in a condition, which tells nothing.
            Cue(@"(?<!\b(als|indien) (de |onze )?)\bverlenging\b[^,.;?!]{0,40}\bnog (steeds )?niet\b[^,.;?!]{0,15}\b(betaald|voldaan|gedaan|geregeld)\b|\bdit jaar\b[^,.;?!]{0,30}\bnog (steeds )?niet\b[^,.;?!]{0,15}\b(betaald|verlengd)\b|\bnog (steeds )?niet\b[^,.;?!]{0,15}\b(betaald|verlengd)\b[^,.;?!]{0,15}\bdit jaar\b", RuleKind.RenewalWindow, 4),
            // The yearly fee is what renewing pays.
            Cue(@"\b(jaarbijdrage|jaarcontributie|contributie|jaarlijkse bijdrage|jaarfee)\b", RuleKind.RenewalWindow, 3),
            Cue(@"\bverlenging\b", RuleKind.RenewalWindow, 1),
            // Arranging or doing the renewal is renewing.
            Cue(@"\bverlenging\b[^,.;?!]{0,30}\b(regelen|doen|aanvragen|indienen|afhandelen|in orde maken)\b", RuleKind.RenewalWindow, 3),
            Cue(@"gekocht|aangeschaft|\bkocht(en)?\b|aankoop|\bbetaald\b|\b(lidmaatschap|abonnement|contract|pakket)\b[^,.;?!]{0,20}\bafgesloten\b", RuleKind.RenewalWindow, 1),
            // The article's "product code" and "activeringssleutels".
            // The article's "productcode", also just "de code"; a voucher is a code to redeem.
            Cue(@"sleutel|\bproduct ?codes?\b|\blicentiecode|\bactivat?ie?(rings)?code|\bserienummer|\b[\w-]+-codes?\b|\bvouchers?\b|\b(de|die|deze|onze|mijn) code\b", RuleKind.KeyUsableUntil, 3),
            Cue(@"inwissel|ingewisseld|verzilver|\bwissel(de|t)? .{0,20}\bin\b|\bgeclaimd\b", RuleKind.KeyUsableUntil, 2),
            // Restoring it is reactivating it ("de competentie herstellen").
            Cue(@"heractiv|(opnieuw|terug|weer) (te )?activeren|reactiv|\bherstel(len|t|d)?\b|\b(weer|opnieuw) actief\b", RuleKind.GracePeriodEnd, 4),
            // Getting the competency or membership back: reactivating it (not money back).
            Cue(@"\b(hem|het|die|de competentie|het lidmaatschap|onze status) (nog )?terug( te)? (krijgen|kunnen krijgen)\b|\b(hem|het|die) (nog )?terugkrijgen\b|\b(krijgen|krijg|kunnen|kan) (we|ik|jullie) (dan |nu |nog )*(hem|het|die|alles|de competentie|het lidmaatschap|onze status|de voordelen|onze voordelen) (nog |weer |dan )*terug\b", RuleKind.GracePeriodEnd, 4),
            // The renewal that was due did not happen; "nog niet" is the renewal still due.
            Premise(@"\bverlenging is (niet|nooit) (gebeurd|gedaan|doorgegaan)\b", RuleKind.GracePeriodEnd, 4),
            // "Het venster" alone, once the renewal is the topic.
            Cue(@"\b(het|dit|ons|dat) venster\b", RuleKind.RenewalWindow, 2),
            // Being in the window: the articles' only window is the renewal's.
            Cue(@"\b(in|binnen|buiten) (het|dit|ons|dat) venster\b", RuleKind.RenewalWindow, 4),
            // A decision not to renew: the renewal now due lapses.
            Premise(NotRenewing, RuleKind.GracePeriodEnd, 4),
            Premise(@"\b(niet|niets|nooit|nog niet)\b[^,.?]{0,20}\b(verlengd|betaald|vernieuwd)\b|\bvergeten (te )?(verlengen|betalen)\b|\bbetaling\b[^,.;?!]{0,30}\b(mislukt|geweigerd|niet gelukt)\b", RuleKind.GracePeriodEnd, 4),
            Cue(@"\bgemist\b|\brespijt|\bcoulance", RuleKind.GracePeriodEnd, 4),
            Premise(@"\bbetalen\b", RuleKind.GracePeriodEnd, 2),
            Cue(@"lidmaatschapsaanbieding", RuleKind.GracePeriodEnd, 3),
            Premise(@"\bniemand (heeft )?([^,.;?!]{0,25} )?(verlengd|betaald)\b|\bhad(den)? (moeten|gemoeten) (worden )?(verlengd|betaald)\b|\bhad moeten gebeuren\b", RuleKind.GracePeriodEnd, 3),
            Cue(@"\b(redden)\b", RuleKind.GracePeriodEnd, 3),
            // A window asked for by both its ends.
            Cue(@"\bvan (wanneer|welke dag|welke datum) tot (wanneer|welke( dag)?|welke( datum)?)\b", RuleKind.RenewalWindow, 2),
            Cue(@"\bverlopen\b|\bvervallen\b|\bvervaldatum\b", RuleKind.GracePeriodEnd, 2),
            Cue(@"jubileum|verjaardag|\bjaardag", RuleKind.GracePeriodEnd, 1),
            Cue(@"jubileum|verjaardag|\bjaardag", RuleKind.CovidExtension, 1),
            Cue(@"verlengingsdatum|vernieuwingsdatum", RuleKind.UserAssignedBenefitExtension, 4),
            Cue(@"inschrijving", RuleKind.UserAssignedBenefitExtension, 3),
            // "Voordelen waarvoor een gebruikerstoewijzing nodig is".
            Cue(@"gebruikerstoewijzing|\btoegewezen aan (gebruikers|medewerkers|personen)\b", RuleKind.UserAssignedBenefitExtension, 3),
            Cue(@"(visual studio|\bvs\b)[^.?!]{0,80}(verleng|vernieuw)|(verleng|vernieuw)[^.?!]{0,80}(visual studio|\bvs\b)", RuleKind.UserAssignedBenefitExtension, 3),
            // Activating or using a Visual Studio subscription: the article's benefits that need a user assignment, which a lapse
            // ("we haven't renewed") is the premise of, so as strong as the lapse.
            Cue(@"(visual studio|\bvs\b)[^,.;?!]{0,40}\b(activeren|geactiveerd|gebruiken|nodig)\b|\b(activeren|activeert|gebruiken|werkt|werken|nog)\b[^,.;?!]{0,40}(visual studio|\bvs\b)|\btoegewezen gebruikers\b", RuleKind.UserAssignedBenefitExtension, 4),
            Cue(@"hertoewijz|hertoegewezen|opnieuw (worden )?toe(ge)?wezen|opnieuw toe(te )?wijzen|\bomzetten\b|\boverzetten\b|\b(overgezet|omgezet)\b|\bnaar (een )?(andere )?(collega|medewerker)\b", RuleKind.VsReassignFrom, 4),
            // "Mag die dan door naar Sanne?": the thing going on to someone.
            Cue(@"\b(kan|mag) (het|hij|die|dat|ze)( nu| dan| vandaag)? (door )?naar\b", RuleKind.VsReassignFrom, 3),
            // Taking over a predecessor's subscription: "het aan mezelf geven".
            Cue(@"\baan (mezelf|mijzelf)\b", RuleKind.VsReassignFrom, 3),
            Cue(@"\biemand anders\b|\been ander(e)? (persoon|gebruiker|collega)\b", RuleKind.VsReassignFrom, 3),
            // A newcomer who should get a subscription someone else had.
            Cue(@"\bnieuwe (collega|medewerker|ontwikkelaar|developer|werknemer|kracht)\b|\bnieuwkomer|\binvaller", RuleKind.VsReassignFrom, 2),
            Cue(@"\b(verkeerde|juiste|andere|goede) persoon\b", RuleKind.VsReassignFrom, 3),
            // Giving or handing it to someone ("aan Fatima geven", "doorgeven aan", "overdragen").
            Cue(@"\baan (\w+ ){1,4}(te )?geven\b|\bgeven aan\b|\bdoorgeven\b|\boverdragen\b", RuleKind.VsReassignFrom, 3),
            Cue(@"toegewezen|toewijz|toe te wijzen|\bkreeg\b|\bgegeven\b", RuleKind.VsReassignFrom, 1),
            Cue(@"vervang(?!er)|\bomgeruild|\bomruil|\bruilen\b|\bgeruild\b|\bomwissel", RuleKind.ReplacementTokenDeadline, 3),
            Cue(@"\bverkeerde (tenant|account|omgeving)\b|\b(een andere|andermans) tenant\b|\btenant van (de|een) klant\b", RuleKind.ReplacementTokenDeadline, 3),
            // The article's tokens activated on the wrong tenant or seats added by accident (not a test environment alone).
            Cue(@"\bper (ongeluk|abuis|vergissing)\b|\bperongeluk\b", RuleKind.ReplacementTokenDeadline, 3),
            // The article's "stoelen hebben toegevoegd in plaats van uitbreiden".
            Cue(@"\bin plaats van (te )?(verleng|uit te breiden|uitbrei)|(seats|stoelen|licenties|plaatsen) (hebben |zijn )?toegevoegd", RuleKind.ReplacementTokenDeadline, 3),
            Cue(@"\bnieuw(e)? (token|aanvragen)\b|\been nieuwe\b", RuleKind.ReplacementTokenDeadline, 1),
            Cue(@"terugbetal|restitutie|\bgeld\b.{0,12}\bterug|crediteer|gecrediteerd|creditnota|herroepingsrecht|bedenktijd", RuleKind.RefundDeadline, 4),
            Cue(@"annuler|opzeggen|\bopzeg|retourner|terugsturen|terug te sturen|ongedaan", RuleKind.RefundDeadline, 3),
            // "(Het geld) terugvragen": asking money back.
            Cue(@"\bterug( te)? ?vra(gen|ag)\b", RuleKind.RefundDeadline, 3),
            Cue(@"gekocht|aangeschaft|\bkocht(en)?\b|aankoop|\bbetaald\b", RuleKind.RefundDeadline, 1),
            Cue(@"covid|corona|pandemie", RuleKind.CovidExtension, 5),
            Cue(@"\block ?down|quarantaine", RuleKind.CovidExtension, 4),
            // Believing it was extended is asking whether it was: "we dachten dat hij verlengd was".
            Cue(@"\b(dachten|dacht|gingen ervan uit)\b[^,.;?!]{0,25}\bverlengd (was|werd|is)\b", RuleKind.CovidExtension, 4),
            // "is/werd ... verlengd" = was extended ("er is niets verlengd" is a lapse); "kan verlengd worden" = can be renewed (renewal window).
            Cue(@"\b(is|werd|zijn|werden)\b(?![^,?]{0,30}\b(niet|niets|nooit)\b)[^,?]{0,30}\bverlengd\b(?! worden)", RuleKind.CovidExtension, 2),
            // The article's "wordt ... uitgebreid via de volgende jubileumdatum".
            Cue(@"\buitgebreid\b|\buitbreiding\b", RuleKind.CovidExtension, 2),
            // The extension running ("de verlenging duurde tot wanneer?"): "verlenging" is the extension there, not a renewal.
            Cue(@"\b(de|die|deze|onze) verlenging (loopt|liep|duurt|duurde|geldt|gold)\b|\b(loopt|liep|duurt|geldt|gold) (de|die|deze|onze) verlenging\b|\bdankzij de verlenging\b", RuleKind.CovidExtension, 3),
            // Asking whether it is or was extended ("wordt het verlengd?", "werd onze competentie verlengd?") names the extension.
            Cue(@"\b(wordt|worden|werd|werden) (het|hij|die|deze|onze \w+|de \w+|ons \w+|we|wij)\b[^,.;?!]{0,20}\bverlengd\b", RuleKind.CovidExtension, 3),
            // "De verlenging van 2020": the extension the article dates to 2020 (a renewal is never named by its year alone).
            // One qualifies for or is given an extension; a renewal one does ("in aanmerking komen voor de verlenging", "de verlenging gekregen").
            Cue(@"\bin aanmerking\b[^,.;?!]{0,25}\bverlenging\b|\bverlenging\b[^,.;?!]{0,6}\b(gekregen|ontvangen)\b", RuleKind.CovidExtension, 3),
            Cue(@"\b(verlenging|uitbreiding)\b[^,.;?!]{0,10}\b(uit|van|in) 2020\b|\b2020 ?-?(verlenging|uitbreiding)\b", RuleKind.CovidExtension, 3),
            Cue(@"\bverlengd (kan |kunnen )?worden\b", RuleKind.RenewalWindow, 2),
        ],
        RoleCues =
        [
            // A membership or contract "afgesloten" is taken out.
            Role(@"gekocht|aangeschaft|\baanschaf|\bbesteld\b|\bbestelling|\border (geplaatst|gedaan|ingediend)\b|\borderdatum\b|\bkocht(en)?\b|aankoop|\bbetaald\b|\bfactuur|\bingangsdatum\b|\bstartdatum\b|\b(lidmaatschap|abonnement|contract|pakket)\b[^,.;?!]{0,20}\b(afgesloten|genomen)\b|\b(namen|nam)\b (het|ons|een) (lidmaatschap|pakket|abonnement)\b", DateRole.Purchase),
            Role(@"\b(competentie|action pack|lidmaatschap)\b[^,.;?!]{0,15}\bsinds\b", DateRole.Purchase),
            // The membership starting is its start: "(gestart op 1 mei)", "het lidmaatschap is in 2021 begonnen".
            Role(@"\bgestart op\b|\b(zijn|is) (we |wij |het |ze )?(begonnen|gestart)\b|\b(het|lidmaatschap|competentie|pakket|action pack) (begon|startte)\b", DateRole.Purchase),
            Role(@"\b(lid sinds|partner sinds|lid geworden|aangesloten|zijn we lid|behaald|behaalden|verkregen)\b|\b(lidmaatschap|competentie) (is )?(gestart|begonnen|begon|startte)\b|\b(lidmaatschap|competentie|partnerstatus|certificering)\b[^,.;?!]{0,30}\bgehaald\b", DateRole.Purchase),
            // "Verjaren" is having one's yearly date ("ons lidmaatschap verjaart op 3 mei").
            // An age reached on a day dates the anniversary: "het lidmaatschap werd maandag vier jaar".
            Role(@"jubileum|verjaardag|jaardatum|\bjaardag\b|\bverjaart\b|\bverjaarde\b|competentie ?datum|verlopen|vervallen|\bverliep|\bverviel|\bvervalt\b|vervaldatum|\bmoest .{0,30}verlengd\b|\b(werd|wordt)\b(?=[^,.;?!]{0,30}\b(een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|\d{1,2}) jaar\b)", DateRole.Anniversary),
            Role(@"inwissel|ingewisseld|verzilver|\bingevoerd\b|\bingetypt\b|\bingegeven\b|\bgeclaimd\b|\b(voucher|code|sleutel)\b[^,.;?!]{0,40}\bgebruikt\b", DateRole.Redemption),
            Role(@"verleng(ings)?datum|vernieuwingsdatum|inschrijving", DateRole.EnrollmentRenewal),
            // The event is past ("toegewezen", "toewijzing"); "kan ik het toewijzen" asks about a new one.
            Role(@"toegewezen|toewijzing|\b(overgezet|overgedragen|doorgegeven) (naar|aan)\b|\bwees\b.{0,40}\btoe\b|\bkreeg\b|\bgegeven\b|\b(abonnement|licentie)\b[^,.;?!]{0,15}\bsinds\b|\bheeft ('m|hem) (al )?sinds\b", DateRole.Assignment),
            Role(@"geactiveerd|activeer|gebruikt", DateRole.Activation),
        ],
        EligibilityCues =
        [
            // An inverted question (the verb opens the clause) with "nog / al / vandaag / meteen": "kan een nieuwe collega het nog
            // activeren?"; "er is nog niet betaald" is a statement.
            Rx(@"^\s*(en |maar |dus |of )?(kan|kunnen|mag|mogen|krijg|krijgen|is|zijn|zit|zitten|geldt|werkt|blijft|lukt)\b[^,?]{0,60}\b(nog|al|alsnog|vandaag|nu|direct|meteen|gelijk|onmiddellijk|op tijd)\b"),
            Rx(@"^\s*(en |maar |dus )?(is|zijn) (het|dat|die|de \w+|onze \w+|mijn \w+|we|wij)\b[^,?]{0,40}\b(geldig|mogelijk|toegestaan|te laat|verlopen|binnen)\b"),
            // An indirect yes/no question: "onze developer vraagt of zijn VS vandaag nog werkt"; in a letter, "kunt u bevestigen of …",
            // "wij vragen u of …", "daarom vragen wij u of …".
            Rx(@"\b(vraagt|vragen|vroeg|vroegen|wil weten|willen weten|wilde weten|vraag me af|vragen ons af|benieuwd|checken|nagaan|bevestigen|controleren) of\b|\b(vragen|vraag) ((wij|we|ik) )?(u|jou|je) of\b"),
            // The inverted main clause after a condition: "als we vrijdag betalen(,) zijn we dan nog op tijd?", "lukt het dan nog?".
            Rx(@"\b(kan|kunnen|mag|mogen|krijg|krijgen|lukt|werkt|geldt|is|zijn|zit|zitten)\s+(ik|we|wij|je|het|dat|die|hij|zij|ze)\s+dan\s+(nog|al|alsnog)\b"),
            // An elliptical question: "nog geld terug mogelijk?", "op 1 februari nog geldig was".
            Rx(@"\bnog\b[^,?.]{0,30}\b(geldig|bruikbaar|ok|oke|mogelijk|actief|op tijd|te gebruiken|toegestaan)\b"),
        ],
        AskedOnlyCues =
        [
            // A statement asked with "toch" after its verb, or with a tag, asks for its yes or no: "het venster is toch nog niet
            // gesloten?", "we kunnen toch nog betalen?", "…, toch?", "…, klopt dat?".
            Rx(@"\b(is|zijn|was|waren|kan|kunnen|mag|mogen|heb|hebben|heeft|had|hadden|werkt|werken|geldt|gelden|blijft|blijven|zit|zitten|lukt|gaat|gaan|loopt|lopen|wordt|worden) (\p{L}+ ){0,2}toch\b|^\s*(toch|klopt dat|klopt het|niet dan|he)\s*$"),
            // Chat shorthand asks without inverting ("key van 3/3 geldig nog", "kan heractiveren vandaag nog", "kan refund nog"): a modal
            // or a verdict word with "nog / vandaag / nu" beside it, read only in a question or in a line without any question mark.
            Rx(@"^(?!.*\b(wat|wanneer|wnr|welke|welk|hoe|tot wanneer)\b).*(\b(mogelijk|geldig|ok|oke|toegestaan|actief)\b[^,.;]{0,20}\b(nog|vandaag|nu)\b|\bnog\b[^,.;]{0,20}\b(mogelijk|geldig|ok|oke|toegestaan)\b|\b(kan|kunnen|mag|mogen|lukt|werkt|werken)\b[^,.;]{0,60}\b(nog|vandaag|nu al|al)\b)"),
            // "Verlengingsvenster nog open?"; "de factuur staat nog open." is a statement.
            Rx(@"\bnog\b[^,?.]{0,30}\bopen\b"),
            Rx(@"\bte laat\b|\bnog op tijd\b|\bop tijd\b|\bof niet\b"),
            // A fear asked as a statement: "ik ben bang dat het venster al dicht is?"
            Rx(@"\bbang dat\b|\bik vrees\b"),
            Rx(@"\b(is|zijn|nog) (nog )?(mogelijk|ok|oke|geldig|toegestaan|goed)\s*$"),
            Rx(@"^\s*(nog )?(mogelijk|ok|oke|toegestaan)\s*$"),
            // "Terugbetaling voor de bestelling?": the thing asked for, alone, asks whether it can be had.
            Rx(@"^\s*(terugbetaling|geld terug|restitutie)\b"),
            // A question after a condition, without a comma: "als we morgen betalen krijgen we hem dan terug?" inverts after it.
            Rx(@"^\s*(en |maar |dus )?(als|indien|stel dat|mocht)\b[^?]*?\b(kan|kunnen|is|zijn|zit|zitten|lukt|werkt|mag|mogen|krijg|krijgen|krijgt|ben|blijft|komt|gaat)\s+(ik|we|wij|het|dat|die|hij|ze|zij|jullie|de \w+|onze \w+)\b"),
        ],
        // Verb-first: "kan ik verlengen op 10 februari?", "werken de toegewezen abonnementen nog?". "Kan iemand (even) nagaan …"
        // asks for an answer, as "can you" does.
        // "Zijn" is also "his", so "is/zijn" take a subject.
        VerbFirstQuestion = Rx(@"^\s*(en |maar |dus |of )?((kan|kunnen|kon|konden|zou|zouden|hoort|horen|hoeft|hoeven|had|hadden|mag|mogen|krijg|krijgen|krijgt|geldt|gelden|zit|zitten|werkt|werken|blijft|blijven|lukt|hebben|heb|heeft|moet|moeten|wordt|worden|zal|zullen|komen|komt|valt|vallen|verliezen|verliest|stopt|stoppen|vervalt|vervallen|klopt|kloppen|gaat|gaan|loopt|lopen|redden|red|halen|haal|mocht|mochten|kreeg|kregen|gold|golden|zat|zaten|werkte|werkten|bleef|bleven|lukte|viel|vielen|liep|liepen|verliep|verliepen|moest|moesten|hoefde|hoefden|ging|gingen)\s+(?!je\b|jij\b|u\b|jullie\b|iemand ((ff|even) )?(checken|zeggen|vertellen|nagaan|uitzoeken|kijken|bevestigen|helpen|uitleggen)\b)\w|(is|zijn|was|waren) (ik|we|wij|je|jullie|ze|zij|hij|het|dat|die|deze|dit|er|de|onze|mijn|uw)\b)"),
        SubordinateWhen = Rx(@"(?<!\b(en|of|maar)\s+)\bwanneer\b"),
        TellWords = Rx(@"\b(zeggen|vertellen|weten|uitleggen|laten weten|nagaan|uitzoeken)\b"),
        // The last day of a named month or period is a date ("on the last day of this month"), not a question for one.
        OpenQuestionCues = [Rx(@"\bhoe ?lang\b|\bhoeveel (dagen|tijd)\b|\btot (wanneer|wnr)\b|\b(wanneer|wnr)\b|\bwelke (datum|dag)\b|\b(?<!(zijn|haar|hun|mijn|jouw|onze) )laatste (werk)?dag\b(?! van (de|deze|volgende|vorige) (maand|week|kwartaal)\b| van (het|dit|volgend) jaar\b| van (jan|feb|maa|apr|mei|jun|jul|aug|sep|okt|nov|dec)[a-z]{0,7}\b)|\buiterste\b|\buiterlijk\b")],
        RenewWords = Rx(RenewVerb + @"|\bverlenging\b"),
        WhenCues = [Rx(@"\bwanneer\b|\bhoe lang\b|\blaatste dag|\bdatum|\buiterlijk|\buiterste|\bvroegste|\bnog\b|\bdeadline\b")],
        SoftwareWords = Rx(@"\bsoftware|sleutel|voordelen|licentie|download"),
        ActivationWords = Rx(@"geactiveerd|\bactiveerden|gebruikt|geinstalleerd|gedownload|opgehaald|ingewisseld|\bverzilverd|uitgerold|\bin gebruik genomen"),
        PaymentWords = Rx(@"\b(betaald|betaling|betaaldatum|betaalden|betaalde|factuur\w*|factuurdatum)\b"),
        NetworkJoinWords = Rx(@"\blid (geworden )?van (mpn|het (microsoft )?partnernetwerk|het netwerk)\b|\b(aangesloten|toegetreden) (bij|tot) (mpn|het (microsoft )?partnernetwerk|het netwerk)\b|\b(bij|tot) (mpn|het (microsoft )?partnernetwerk) (aangesloten|toegetreden)\b"),
        NobodyWords = Rx(@"\bniemand\b"),
        NegationWords = Rx(@"\b(niet|nooit|geen|niets|niks|noch|niemand|nergens)\b"),
        ReplacementWords = Rx(@"vervang(?!er)|\bvervanger\b[^,.;?!]{0,20}\b(gehad|gekregen|ontvangen)\b|\bomgeruild|\bomruil|\bruilen\b|\bgeruild\b|\bomwissel|\bnieuw(e)? token\b|\been nieuwe\b"),
        // Not "nog een": "kunnen we nog een token aanvragen?" is "still a" as often as "another".
        // A date looked up after a guess ("op 1 maart, dacht ik… nee: 4 maart volgens de factuur", "even gecheckt: 2 april") is the one to use.
        CorrectionWords = Rx(@"\b(sorry|excuus|ik bedoel|ik bedoelde|typfout|correctie|nee wacht|oeps|nagekeken|nog eens gekeken|dubbelgecheckt|gecheckt|gecontroleerd|bevestigd|opgezocht|dacht ik|of was het|gecorrigeerd|klopte niet|klopt niet)\b"),
        RightBeforeCorrectionWords = Rx(@"\b(nee|of nee)\b(?!\s*[.:#])|\b(verschoven|verzet|verplaatst|uitgesteld|veranderd|gewijzigd) (naar|tot)(?=\s+(de\s+|op\s+)?\d)|\b(of eigenlijk|of liever|liever gezegd|beter gezegd)\b|,\s*eigenlijk\b|\bmaar (in |op )?(de portal|het portaal|partner center|het systeem|de factuur|de mail|de bon|de order)( staat| zegt| toont| stond)?\b|\bmaar ik (heb )?(gekeken|gecheckt|nagekeken)\b"),
        OtherEventWords = Rx(@"^\W*(wacht\W*)?((dat|toen) (was|is) (alleen |pas |gewoon )?(toen|de dag|de datum|wanneer)|toen)\b"),
        ClauseJoinWords = Rx(@"\s(en|maar)\s"),
        RepeatWords = Rx(@"\b(al(?! te laat| voorbij)|eerder|vorige keer|tweede|opnieuw|weer|reeds|een keer|eens)\b"),
        // Issued, as a support ticket says it ("het ticket meldt: vervangend token verstrekt op 9 juni").
        ReceivedWords = Rx(@"\b(kregen|kreeg|gekregen|ontvangen|ontvingen|gehad|gaf ons|gaven ons|(?<!worden )(uitgegeven|verstrekt|uitgereikt)(?! (worden|te worden)))\b|\b(heeft|hebben|had|hadden)\b[^,.]{0,30}\bvervangen\b"),
        // "Een vervanger (voor het token) gehad": a replacement received is a thing, not a successor.
        PersonLeftWords = Rx(@"\b(vertrokken|vertrekt|weggegaan|uit dienst|ontslag genomen|gestopt)\b|\bopvolger|\bvervanger\b(?![^,.;?!]{0,20}\b(gehad|gekregen|ontvangen)\b)"),
        ConditionalWords = Rx(@"\b(als|indien|mits) (we|wij|ik|jullie|ze|zij|hij|het)\b|\bstel dat\b|\bhadden (we|wij)\b|\bhad (ik|hij|zij)\b"),
        PlanWords = Rx(@"\b(gaan|zullen|van plan|gepland|het plan is)\b(?! niet\b)"),
        // "Toen" (then, in the past) and "daarmee" (with that) refer back to the act just told, as "was dat (toegestaan)?" does.
        ThatDayWords = Rx(@"\b(die|diezelfde|dezelfde) dag\b|\b(die|dezelfde) datum\b|\bop dat moment\b|\btoen\b|\bdaarmee\b|^\s*(was|waren|mocht|mochten) (dat|dit)\b"),
        BeliefWords = Rx(@"\b(denk|denkt|dacht|dachten|denken|meende|meent)\b|\bnam aan\b"),
        WindowWords = Rx(WindowName + @"|\bvenster\b"),
        WhenClauseWords = Rx(@"^\s*(en |maar )?(toen|op het moment dat|op de dag dat)\b"),
        DescribedDayWords = Rx(@"\b(op|tot|t/m|voor|per) (de|die|het|dat|deze|onze|mijn|zijn|haar|hun) ((laatste|eerste) )?(\w*dag|\w*datum|deadline)\b[^,.;:?!]{0,40}"),
        LastDayWords = Rx(@"\b(zijn|haar|hun|mijn) laatste (werk)?dag\b"),
        DepartureWords = Rx(@"\b(vertrokken|vertrekt|weggegaan|uit dienst|ontslag genomen|gestopt)\b"),
        YearlyRenewalWords = Rx(@"\b(elk|ieder) jaar\b|\bjaarlijks\b|\bdit jaar\b"),
        RenewalPaidWords = Rx(@"\bverlenging\b[^,.;?!]{0,90}\b(al|reeds|hebben|heb|is|werd)\b[^,.;?!]{0,30}\b(betaald|voldaan|gedaan|afgerond)\b|\b(hebben|heb|heeft)\b[^,.;?!]{0,30}\bverlenging\b[^,.;?!]{0,20}\b(betaald|voldaan)\b|\b(al|reeds) verlengd\b|\bverlenging( \d{4})?\s*:\s*(al |reeds )?(betaald|voldaan)\b|\bbetaling voor (deze|dit) (ronde|jaar|periode)\b[^,.;?!]{0,15}\b(al|reeds) (rond|betaald|voldaan|gedaan)\b"),
        MessageWords = Rx(@"\b(mail|mailtje|e-mail|email|bericht|berichtje|herinnering|brief|nieuwsbrief|melding|notificatie|ticket|notitie)\b"),
        PandemicStartWords = Rx(@"\b(pandemie|corona|covid|lockdown)\b[^,.;?!]{0,12}\b(begon|startte|uitbrak|losbrak)\b|\b(begin|start|uitbraak) van (de )?(pandemie|corona|covid)\b|\beerste lockdown\b"),
        MoreTimeWords = Rx(@"\b(meer|extra|langer) tijd\b|\buitstel\b|\buitgesteld\b"),
        MonthEndWords = Rx(@"\b(eind|einde|eind van|het einde van|laatste dag van|eve)\s*$"),
        MonthStartWords = Rx(@"\b(begin|begin van|het begin van|eerste dag van|start van)\s*$"),
        EarlyRenewalWords = Rx(@"\b(komende|aankomende|eerstvolgende|volgende verlenging|te vroeg|komt er ?(nu )?aan)\b|\b(al|alvast) (?!(\p{L}+ ){0,3}(te laat|voorbij|gemist|gesloten|verstreken|verlopen|dicht)\b)(\p{L}+ ){0,3}(verleng|vernieuw)|\b(verleng|vernieuw)\w* (\p{L}+ ){0,3}(alvast|vooraf|van tevoren)\b"),
        ExpiredWords = Rx(@"\b(verlopen|verliep|vervallen|verviel|liep af|is afgelopen)\b"),
        PartialWords = Rx(@"\b(de helft|half|gedeeltelijk|deels|een deel)\b"),
        SameThingWords = Rx(@"\b(het|hem|die|dat|het abonnement|de licentie)\b"),
        MovedOnWords = Rx(@"\bopnieuw toegewezen\b|\b(overgezet|overgedragen|doorgegeven) (naar|aan)\b|\b(is|ging) (het|hij|die) (over )?naar\b|\bnaar \w+ (overgezet|overgegaan)\b|(^|\ben\b|,)\s*(daarna|vervolgens)\b"),
        NotRenewingWords = Rx(NotRenewing),
        UseWords = Rx(@"\b(gebruik\w*|werk(t|en)|draai(t|en)|activeren|geven|toewijzen|aanmaken)\b"),
        TodayWords = Rx(@"\b(vandaag|nu)\b"),
        StillWords = Rx(@"\b(nog|vandaag|nu|momenteel|meer)\b"),
    };
}
