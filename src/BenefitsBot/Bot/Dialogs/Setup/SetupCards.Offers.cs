using BenefitsBot.AdaptiveCards;
using BenefitsBot.AdaptiveCards.Inputs;
using BenefitsBot.Bot.Dialogs.Common;
using BenefitsBot.Localization;
using BenefitsBot.Storage.Tenants;

namespace BenefitsBot.Bot.Dialogs.Setup;

public static partial class SetupCards
{
    public const string KindInput = "offerKind";
    public const string AreaInput = "competencyArea";
    public const string PurchaseDateInput = "purchaseDate";

    public static AdaptiveCard Offers(SetupState state, string language, long version, OfferForm? form = null)
    {
        ArgumentNullException.ThrowIfNull(state);
        List<CardElement> body = [DialogCard.Paragraph(DialogTexts.Get("SetupOffersIntro", language)), .. OfferList(state, language)];
        body.Add(new ChoiceSetInput(KindInput)
        {
            Label = DialogTexts.Get("OfferKindLabel", language),
            IsRequired = true,
            ErrorMessage = DialogTexts.Get("OfferKindMissing", language),
            Value = form?.Kind,
            Choices = [.. Enum.GetValues<MembershipOfferKind>().Select(k => new Choice(OfferKindName(k, language), k.ToString()))],
        });
        body.Add(new TextInput(AreaInput) { Label = DialogTexts.Get("CompetencyAreaLabel", language), Placeholder = DialogTexts.Get("CompetencyAreaPlaceholder", language), Value = form?.CompetencyArea });
        body.AddRange(DatePrompt.Inputs(PurchaseDateInput, DialogTexts.Get("PurchaseDateLabel", language), language, form?.PurchaseDate));
        if (form?.Error is { } error)
        {
            body.Add(DialogCard.Paragraph(error, ContainerStyle.Attention));
        }

        return DialogCard.Create(
            language,
            DialogTexts.Get("SetupOffersTitle", language),
            body,
            [
                DialogButton.Create(SetupVerbs.AddOffer, DialogTexts.Get("SetupAddOffer", language), language, version, style: ActionStyle.Positive),
                DialogButton.Create(SetupVerbs.OpenRoles, DialogTexts.Get("SetupNextRoles", language), language, version, sendsInputs: false),
                DialogButton.Cancel(SetupVerbs.Prefix, language, version),
            ]);
    }

    public static string OfferKindName(MembershipOfferKind kind, string language) => DialogTexts.Get("OfferKind_" + kind, language);

    /// <summary>"Gold competency (Cloud Platform)" or "Action Pack".</summary>
    public static string OfferName(MembershipOfferKind kind, string? area, string language) =>
        area is null ? OfferKindName(kind, language) : $"{OfferKindName(kind, language)} ({area})";

    private static IEnumerable<CardElement> OfferList(SetupState state, string language)
    {
        if (state.Offers.Count == 0)
        {
            yield break;
        }

        yield return DialogCard.Paragraph(DialogTexts.Get("SetupOffersRecorded", language));
        yield return DialogCard.Facts([.. state.Offers.Select(o => (OfferName(o.Kind, o.CompetencyArea, language), DialogTexts.Date(o.PurchaseDate, language)))]);
    }
}
