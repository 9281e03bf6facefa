namespace BenefitsBot.Domain.Rules;

/// <summary>Swedish texts.</summary>
internal static class RuleTextsSv
{
    public static LanguageTexts Texts { get; } = new("sv", "sv-SE", "d MMMM yyyy", new Dictionary<RuleMessage, string>
    {
        [RuleMessage.RenewalWindow] = "Ert förnyelsefönster på 30 dagar gäller från {start} till {end}: det öppnar dagen efter årsdagen för ert köp ({anchor}). Ni behåller åtkomsten till förmånerna under fönstret och kan förnya vilken dag som helst från {start}.",
        [RuleMessage.KeyUsableUntil] = "En produktnyckel som löstes in {anchor} kan användas i ett år, till {date}.",
        [RuleMessage.GracePeriodEnd] = "Ni kan återaktivera genom att betala avgiften på sidan Medlemskapserbjudanden i Partner Center upp till 30 dagar efter årsdagen {anchor}, alltså till {date}. Därefter skickar ni in ett supportärende i Partner Center och begär en COVID-åsidosättning.",
        [RuleMessage.UserAssignedBenefitExtension] = "Förmåner som kräver användartilldelning, till exempel Visual Studio-prenumerationer, kan aktiveras och användas i ytterligare 30 dagar efter registreringens förnyelsedatum {anchor}, alltså till {date}.",
        [RuleMessage.VsReassignFrom] = "En Visual Studio-prenumeration kan omtilldelas till en annan prenumerant när 90 dagar har gått sedan den ursprungliga tilldelningen ({anchor}), alltså från {date}.",
        [RuleMessage.ReplacementTokenDeadline] = "En ersättningstoken (token aktiverad på fel klient, eller platser tillagda i stället för att förlänga) utfärdas bara en gång, inom 30 dagar efter aktiveringen av den ursprungliga token ({anchor}), så begär den senast {date}.",
        [RuleMessage.RefundDeadline] = "För att avbryta med återbetalning skickar ni en servicebegäran inom 30 dagar efter köpet ({anchor}), alltså senast {date}, och bara om programvaruförmånerna inte har aktiverats.",
        [RuleMessage.CovidCovered] = "Kompetensens årsdag {anchor} ligger mellan 1 juli och 31 december 2020, så kompetensen förlängdes till nästa årsdag, {date}. Avgiften skulle betalas inom förnyelseperioden på 30 dagar.",
        [RuleMessage.CovidNotCovered] = "COVID-förlängningen gällde bara kompetenser med årsdag mellan 1 juli och 31 december 2020; {anchor} ligger utanför det intervallet.",
        [RuleMessage.EligibleYes] = "Ja, det går fortfarande i dag.",
        [RuleMessage.NotYet] = "Inte än: det går från {from}.",
        [RuleMessage.PastDeadline] = "Nej, sista dagen ({date}) har passerat.",
        [RuleMessage.OneTimeOnly] = "Nej: en ersättningstoken utfärdas bara en gång.",
        [RuleMessage.SoftwareBenefitsActivated] = "Nej: återbetalning går bara om programvaruförmånerna inte har aktiverats.",
        [RuleMessage.DaysLeft] = "{days} dagar kvar.",
        [RuleMessage.LastDayToday] = "I dag är sista dagen.",
        [RuleMessage.AskPurchaseDate] = "När köpte ni det? Ange inköpsdatumet så räknar jag ut datumen.",
        [RuleMessage.AskAnniversaryDate] = "Vilket är ert årsdatum (förfallodatum)? Ange datumet så räknar jag ut sista dagen.",
        [RuleMessage.AskRedemptionDate] = "När löste ni in (eller löser ni in) nyckeln? Ange datumet.",
        [RuleMessage.AskEnrollmentRenewalDate] = "Vilket är registreringens förnyelsedatum? Ange datumet.",
        [RuleMessage.AskAssignmentDate] = "När tilldelades prenumerationen första gången? Ange datumet.",
        [RuleMessage.AskActivationDate] = "När aktiverades den ursprungliga token? Ange datumet.",
        [RuleMessage.PurchaseBenefits] = "Man behöver inte vara global administratör för att köpa förmåner.",
        [RuleMessage.AssignBenefits] = "Bara en global administratör kan tilldela förmåner till anställda.",
        [RuleMessage.ActivateBenefits] = "För att aktivera de flesta förmåner eller hämta programvarunycklar krävs rollen global administratör eller MPN-partneradministratör.",
        [RuleMessage.ActivateTechnicalBenefits] = "Tekniska förmåner aktiveras av en global administratör eller MPN-partneradministratör; är knappen Aktivera gråtonad har kontot ingen av rollerna.",
        [RuleMessage.ActivateGoToMarket] = "Go-To-Market-erbjudanden aktiveras av en global administratör eller MPN-partneradministratör, efter att först ha tilldelat en marknadsföringskontakt för företaget.",
        [RuleMessage.OneActionPackPerAccount] = "Ett partnerföretag kan köpa ett Action Pack per globalt partnerkonto.",
        [RuleMessage.SignatureCloudSupport] = "Signature Cloud Support gäller bara partner med Gold/Silver-kompetens, inte Action Pack-prenumeranter.",
        [RuleMessage.MicrosoftProductSupport] = "Microsoft Product Support gäller både Action Pack och partner med Gold/Silver-kompetens.",
        [RuleMessage.BulkCreditNotCombinable] = "Azure Bulk Credit kan inte kombineras med andra licens-, förbetalda eller kreditorerbjudanden (Enterprise-avtal, Cloud Solution Partner, Azure i Open, Azure Pass, Action Pack).",
        [RuleMessage.MonthlyCreditUsers] = "Med Azures månadskredit kan ni lägga till eller ta bort användare när som helst.",
        [RuleMessage.BulkCreditTransferOnly] = "Användare kan inte tas bort från Azure Bulk Credit, men krediten kan överföras till någon annan under registreringsåret.",
        [RuleMessage.AddingSeatsShortensTerm] = "Att lägga till licenser (platser) i stället för att förlänga ger en prenumeration som går ut om mindre än 12 månader.",
        [RuleMessage.KeyRedeemedOnce] = "En nyckel som har lösts in kan inte lösas in igen.",
        [RuleMessage.TokensCannotBeSplit] = "Token kan inte delas: en token för 25 platser kan inte göras om till fem token för 5 platser.",
    });
}
