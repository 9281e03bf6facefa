using static BenefitsBot.Domain.Rules.RuleVocabulary;

namespace BenefitsBot.Domain.Rules;

/// <summary>Swedish phrases (written without diacritics: text is normalized).</summary>
internal static class RuleVocabularySv
{
    public static RuleVocabulary Vocabulary { get; } = new()
    {
        KindCues =
        [
            Cue(@"fornyelsefonst|fornyelseperiod", RuleKind.RenewalWindow, 3),
            Cue(@"\bforny(a|as|er|else)\b", RuleKind.RenewalWindow, 2),
            Cue(@"\b(oppnar|stanger)\b", RuleKind.RenewalWindow, 1),
            Cue(@"\bkop(te|t|tes|a|er)\b|\bkopet\b|\binkop|\bbetalade\b", RuleKind.RenewalWindow, 1),
            Cue(@"nyckel|nycklar", RuleKind.KeyUsableUntil, 3),
            Cue(@"\blos(te|er|tes|es|a|t)? in\b|\binlos", RuleKind.KeyUsableUntil, 1),
            Cue(@"ateraktiv|aktivera (den |kompetensen )?igen", RuleKind.GracePeriodEnd, 4),
            Cue(@"\b(inte|ej|aldrig|glomde( att)?) (fornyat|fornya|fornyade|betalat|betala|betalt)\b|\b(fornyade|fornyat|betalade|betalat|betalt) (inte|ej)\b", RuleKind.GracePeriodEnd, 4),
            Cue(@"\bmissade\b|\bmissat\b|\brespit", RuleKind.GracePeriodEnd, 4),
            Cue(@"\bbetala\b", RuleKind.GracePeriodEnd, 2),
            Cue(@"medlemskapserbjudand", RuleKind.GracePeriodEnd, 3),
            Cue(@"\bgick ut\b|\butgang|\bforfall|\bloper ut\b|\blopte ut\b", RuleKind.GracePeriodEnd, 2),
            Cue(@"\barsdag", RuleKind.GracePeriodEnd, 1),
            Cue(@"\barsdag", RuleKind.CovidExtension, 1),
            Cue(@"fornyelsedatum", RuleKind.UserAssignedBenefitExtension, 4),
            Cue(@"registrering", RuleKind.UserAssignedBenefitExtension, 3),
            Cue(@"^(?=.*(visual studio|\bvs\b))(?=.*forny)", RuleKind.UserAssignedBenefitExtension, 3),
            Cue(@"omtilldel|\bflytta(s)?\b", RuleKind.VsReassignFrom, 4),
            Cue(@"\bnagon annan\b|\ben annan (person|anvandare|kollega)\b", RuleKind.VsReassignFrom, 3),
            Cue(@"\b(ratt|fel|annan) person\b", RuleKind.VsReassignFrom, 3),
            Cue(@"\btilldela|\bgav\b", RuleKind.VsReassignFrom, 1),
            Cue(@"ersattning", RuleKind.ReplacementTokenDeadline, 4),
            Cue(@"\bfel (tenant|klient|konto|innehavare)\b", RuleKind.ReplacementTokenDeadline, 3),
            Cue(@"\bla(de)? till (fler )?(platser|licenser)\b|\bi ?stallet for att forlang", RuleKind.ReplacementTokenDeadline, 3),
            Cue(@"\bny token\b|\ben ny\b", RuleKind.ReplacementTokenDeadline, 1),
            Cue(@"aterbetal|pengarna tillbaka|pengar tillbaka|\bfa tillbaka (pengarna|pengar)|\bfa pengarna tillbaka", RuleKind.RefundDeadline, 4),
            Cue(@"\bavbryt|\bavbok|\bangra|\bsaga upp\b|\bhava|\breturner", RuleKind.RefundDeadline, 3),
            Cue(@"\bkop(te|t|tes|a|er)\b|\bkopet\b|\binkop|\bbetalade\b", RuleKind.RefundDeadline, 1),
            Cue(@"covid|corona|pandemi", RuleKind.CovidExtension, 5),
            Cue(@"forlangdes|\bforlangd\b|forlangning", RuleKind.CovidExtension, 2),
        ],
        RoleCues =
        [
            Role(@"\bkop(te|t|tes|a)\b|\binkop|\bbetalade\b", DateRole.Purchase),
            Role(@"\barsdag|\bgick ut\b|\bforfall|\bskulle fornyas\b", DateRole.Anniversary),
            Role(@"\blos(te|er|tes|es|a|t)? in\b|\binlos", DateRole.Redemption),
            Role(@"fornyelsedatum|\bregistrering|\bfornyas\b", DateRole.EnrollmentRenewal),
            Role(@"\btilldela|\bgav\b", DateRole.Assignment),
            Role(@"\baktiver|\banvande\b", DateRole.Activation),
        ],
        EligibilityCues =
        [
            Rx(@"\b(kan|far|hinner) (jag|vi|man|ni|de)\b[^,?]{0,40}\b(fortfarande|fortfarnde|fortf|annu|redan)\b"),
            Rx(@"\b(ar|gar) det (fortfarande|annu|redan|for sent)\b"),
            Rx(@"\bfor sent\b|\bhinner (vi|jag|man)\b|\bfortfarande tid\b"),
            Rx(@"\b(kan|far) (jag|vi|man|ni)\b[^,?]{0,40}\b(idag|i dag|nu)\b"),
            Rx(@"^\s*(kan|far|hinner) (jag|vi)\b"),
        ],
        OpenQuestionCues = [Rx(@"\bhur (lange|lang tid|manga dagar)\b|\btill nar\b|\bnar\b|\bvilket datum\b|\bvilken dag\b|\bsista dag|\bsenast\b")],
        WhenCues = [Rx(@"\bnar\b|\bhur (lange|lang tid)\b|\bsista dag|\bdatum|\bsenast|\btidigast|\bfortfarande\b")],
        SoftwareWords = Rx(@"programvar|mjukvar|\bsoftware"),
        ActivationWords = Rx(@"aktiver|\banvant|\banvande|installer|laddat ner|laddade ner|\brort\b|\brorde\b|hamtat nycklar|hamtade nycklar"),
        NegationWords = Rx(@"\b(inte|ej|aldrig|inga|inget)\b"),
        ReplacementWords = Rx(@"ersattning|\bny token\b"),
        RepeatWords = Rx(@"\b(redan|tidigare|forut|andra|igen|ytterligare|en till)\b"),
        TodayWords = Rx(@"\b(idag|i dag|nu)\b"),
    };
}
