using BenefitsBot.Domain.Rules;

namespace BenefitsBot.Domain.Tests.Rules;

/// <summary>
/// A yes/no asked with a negation, a hope or a fear ("can't we …?", "surely …?", "I'm worried …?", "jag är orolig att …?", "ik
/// vrees …?", "dat kan ik nu toch wel …?"), and an age told instead of a date ("turned three last Friday", "fyllde två år i
/// måndags", "werd afgelopen maandag vier jaar", 上週五剛滿三年): that day is the anniversary. A rule named only in a belief ("my
/// manager believes …", "jag trodde …", "mijn collega denkt …") weighs half: the question's own words decide the rule.
/// </summary>
public sealed class RuleQuestionInterpreterDoubtAndAgeTests
{
    private static readonly DateOnly Today = new(2025, 3, 12);

    [Theory]
    [InlineData("en", "Bought our pack 2/20/2024. Can't we renew it right now?")]
    [InlineData("en", "The Windows key was redeemed on 6/2/2024. Surely it works?")]
    [InlineData("en", "We redeemed the Visio key 3/20/2024 and I'm worried it stopped working?")]
    [InlineData("sv", "Nyckeln löstes in 2024-03-20. Jag är orolig att den har slutat fungera?")]
    [InlineData("nl", "De sleutel is op 20-03-2024 ingewisseld. Ik vrees dat hij niet meer werkt?")]
    [InlineData("nl", "Het Visual Studio-abonnement staat sinds 2 december 2024 op naam van Ruud. Dat kan ik nu toch wel overzetten?")]
    public void Interpret_NegatedDoubtingOrHopefulQuestion_AsksYesNo(string language, string text) =>
        Assert.True(InterpretedQuestion.Of(language, text, Today).AsksEligibility);

    [Theory]
    [InlineData("en", "Our membership turned three last Friday. Is the renewal window open?", "2025-03-07")]
    [InlineData("sv", "Medlemskapet fyllde två år i måndags. Är förnyelsefönstret öppet?", "2025-03-10")]
    [InlineData("nl", "Ons lidmaatschap werd afgelopen maandag vier jaar. Staat het verlengingsvenster open?", "2025-03-10")]
    [InlineData("zh-TW", "我們的會員資格上週五剛滿三年，續約期間是哪幾天？", "2025-03-07")]
    public void Interpret_AgeReachedOnADay_ThatDayIsTheAnniversary(string language, string text, string expected)
    {
        var question = InterpretedQuestion.Of(language, text, Today);
        Assert.Equal((DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), DateRole.Anniversary), (question.AnchorDate!.Value, question.AnchorRole));
    }

    [Theory]
    [InlineData("en", "We bought the pack on 1/20/2024 and let the renewal slip this year. My manager believes the grace period only starts once the renewal window has closed. Is reactivating by paying today still possible?")]
    [InlineData("sv", "Paketet köptes 2024-02-20 och förnyelsen blev aldrig av. Jag trodde att man fick 60 dagar efter att förnyelsefönstret stängt. Går det att återaktivera med en betalning idag?")]
    [InlineData("nl", "Gekocht op 20-02-2024, en deze keer is er niet verlengd. Mijn collega denkt dat de respijtperiode pas na het verlengingsvenster ingaat. Lukt heractiveren met een betaling vandaag nog?")]
    public void Interpret_WindowNamedOnlyInABelief_TheGracePeriodAsked(string language, string text) =>
        Assert.Equal(RuleKind.GracePeriodEnd, InterpretedQuestion.Of(language, text, Today).Kind);
}
