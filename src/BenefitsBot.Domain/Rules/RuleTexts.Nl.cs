namespace BenefitsBot.Domain.Rules;

/// <summary>Dutch texts.</summary>
internal static class RuleTextsNl
{
    public static LanguageTexts Texts { get; } = new("nl", "nl-NL", "d MMMM yyyy", new Dictionary<RuleMessage, string>
    {
        [RuleMessage.RenewalWindow] = "Uw verlengingsperiode van 30 dagen loopt van {start} tot en met {end}: die begint de dag na de verjaardag van uw aankoop ({anchor}). Tijdens de periode houdt u toegang tot uw voordelen, en u kunt elke dag vanaf {start} verlengen.",
        [RuleMessage.KeyUsableUntil] = "Een productsleutel die op {anchor} is ingewisseld, kunt u een jaar gebruiken, tot {date}.",
        [RuleMessage.GracePeriodEnd] = "U kunt heractiveren door de vergoeding te betalen op de pagina Lidmaatschapsaanbiedingen in Partner Center tot 30 dagen na de jubileumdatum {anchor}, dus tot en met {date}. Daarna dient u een supportticket in via Partner Center met een verzoek om een COVID-uitzondering.",
        [RuleMessage.UserAssignedBenefitExtension] = "Voordelen die aan een gebruiker worden toegewezen, zoals Visual Studio-abonnementen, kunt u nog 30 dagen na de verlengingsdatum van de inschrijving ({anchor}) activeren en gebruiken, dus tot en met {date}.",
        [RuleMessage.VsReassignFrom] = "Een Visual Studio-abonnement kan aan een andere abonnee worden toegewezen zodra 90 dagen zijn verstreken sinds de oorspronkelijke toewijzing ({anchor}), dus vanaf {date}.",
        [RuleMessage.ReplacementTokenDeadline] = "Een vervangend token (token op de verkeerde tenant geactiveerd, of seats toegevoegd in plaats van verlengd) wordt maar één keer uitgegeven, binnen 30 dagen na activering van het oorspronkelijke token ({anchor}); vraag het dus uiterlijk {date} aan.",
        [RuleMessage.RefundDeadline] = "Om te annuleren met terugbetaling dient u binnen 30 dagen na aankoop ({anchor}) een serviceaanvraag in, dus uiterlijk {date}, en alleen als de softwarevoordelen niet zijn geactiveerd.",
        [RuleMessage.CovidCovered] = "De jubileumdatum van uw competentie ({anchor}) ligt tussen 1 juli en 31 december 2020, dus de competentie is verlengd tot de volgende jubileumdatum, {date}. De vergoeding moest binnen de verlengingsperiode van 30 dagen worden betaald.",
        [RuleMessage.CovidNotCovered] = "De COVID-verlenging gold alleen voor competenties met een jubileumdatum tussen 1 juli en 31 december 2020; {anchor} valt daarbuiten.",
        [RuleMessage.EligibleYes] = "Ja, dat kan vandaag nog.",
        [RuleMessage.NotYet] = "Nog niet: dat kan vanaf {from}.",
        [RuleMessage.PastDeadline] = "Nee, de uiterste datum ({date}) is verstreken.",
        [RuleMessage.OneTimeOnly] = "Nee: een vervangend token wordt maar één keer uitgegeven.",
        [RuleMessage.SoftwareBenefitsActivated] = "Nee: terugbetaling kan alleen als de softwarevoordelen niet zijn geactiveerd.",
        [RuleMessage.DaysLeft] = "Nog {days} dagen.",
        [RuleMessage.LastDayToday] = "Vandaag is de laatste dag.",
        [RuleMessage.AskPurchaseDate] = "Wanneer heeft u het gekocht? Geef de aankoopdatum, dan reken ik de data uit.",
        [RuleMessage.AskAnniversaryDate] = "Wat is uw jubileumdatum (vervaldatum)? Geef de datum, dan reken ik de uiterste datum uit.",
        [RuleMessage.AskRedemptionDate] = "Wanneer heeft u de sleutel ingewisseld (of wanneer doet u dat)? Geef de datum.",
        [RuleMessage.AskEnrollmentRenewalDate] = "Wat is de verlengingsdatum van uw inschrijving? Geef de datum.",
        [RuleMessage.AskAssignmentDate] = "Wanneer is het abonnement voor het eerst toegewezen? Geef de datum.",
        [RuleMessage.AskActivationDate] = "Wanneer is het oorspronkelijke token geactiveerd? Geef de datum.",
        [RuleMessage.PurchaseBenefits] = "U hoeft geen globale beheerder te zijn om voordelen te kopen.",
        [RuleMessage.AssignBenefits] = "Alleen een globale beheerder kan voordelen aan medewerkers toewijzen.",
        [RuleMessage.ActivateBenefits] = "Voor het activeren van de meeste voordelen of het downloaden van softwaresleutels is de rol globale beheerder of MPN-partnerbeheerder nodig.",
        [RuleMessage.ActivateTechnicalBenefits] = "Technische voordelen worden geactiveerd door een globale beheerder of MPN-partnerbeheerder; is de knop Activeren grijs, dan heeft uw account geen van beide rollen.",
        [RuleMessage.ActivateGoToMarket] = "Go-To-Market-aanbiedingen worden geactiveerd door een globale beheerder of MPN-partnerbeheerder, nadat eerst een marketingcontactpersoon van het bedrijf is toegewezen.",
        [RuleMessage.OneActionPackPerAccount] = "Een partnerbedrijf kan één Action Pack per globaal partneraccount kopen.",
        [RuleMessage.SignatureCloudSupport] = "Signature Cloud Support is alleen voor partners met een Gold/Silver-competentie, niet voor Action Pack-abonnees.",
        [RuleMessage.MicrosoftProductSupport] = "Microsoft Product Support is er voor zowel Action Pack als partners met een Gold/Silver-competentie.",
        [RuleMessage.BulkCreditNotCombinable] = "Azure Bulk Credit kan niet worden gecombineerd met andere licentie-, prepaid- of tegoedaanbiedingen (Enterprise Agreement, Cloud Solution Partner, Azure in Open, Azure Pass, Action Pack).",
        [RuleMessage.MonthlyCreditUsers] = "Bij het maandelijkse Azure-tegoed kunt u op elk moment gebruikers toevoegen of verwijderen.",
        [RuleMessage.BulkCreditTransferOnly] = "Gebruikers kunnen niet uit Azure Bulk Credit worden verwijderd, maar u kunt het tegoed tijdens uw inschrijvingsjaar aan iemand anders overdragen.",
        [RuleMessage.AddingSeatsShortensTerm] = "Licenties (seats) toevoegen in plaats van verlengen geeft een abonnement dat binnen 12 maanden afloopt.",
        [RuleMessage.KeyRedeemedOnce] = "Een sleutel die is ingewisseld, kan niet nogmaals worden ingewisseld.",
        [RuleMessage.TokensCannotBeSplit] = "Tokens kunnen niet worden gesplitst: een token voor 25 seats kan geen vijf tokens voor 5 seats worden.",
    });
}
