using BenefitsBot.AdaptiveCards;
using BenefitsBot.Bot.Dialogs.Common;
using BenefitsBot.Localization;

namespace BenefitsBot.Bot.Dialogs.Setup;

/// <summary>The setup dialog's cards: confirm the tenant, record offers, record Partner Center roles, summary.</summary>
public static partial class SetupCards
{
    public static AdaptiveCard Tenant(SetupState state, string language, long version)
    {
        ArgumentNullException.ThrowIfNull(state);
        return DialogCard.Create(
            language,
            DialogTexts.Get("SetupTitle", language),
            [
                DialogCard.Paragraph(DialogTexts.Get("SetupTenantIntro", language)),
                TenantFacts(state, language),
            ],
            [
                DialogButton.Create(SetupVerbs.ConfirmTenant, DialogTexts.Get("SetupTenantConfirm", language), language, version, style: ActionStyle.Positive, sendsInputs: false),
                DialogButton.Cancel(SetupVerbs.Prefix, language, version),
            ]);
    }

    public static AdaptiveCard Finished(SetupState state, string language)
    {
        ArgumentNullException.ThrowIfNull(state);
        return DialogCard.Create(
            language,
            DialogTexts.Get("SetupDoneTitle", language),
            [
                DialogCard.Paragraph(DialogTexts.Get("SetupDoneText", language)),
                TenantFacts(state, language),
                .. OfferList(state, language),
                .. GrantList(state, language),
            ]);
    }

    private static AdaptiveCards.Elements.FactSet TenantFacts(SetupState state, string language) => DialogCard.Facts(
        (DialogTexts.Get("TenantName", language), state.TenantName),
        (DialogTexts.Get("TenantId", language), state.TenantId),
        (DialogTexts.Get("TenantDefaultDomain", language), state.DefaultDomain ?? "-"),
        (DialogTexts.Get("TenantVerifiedDomains", language), state.VerifiedDomains.Count > 0 ? string.Join(", ", state.VerifiedDomains) : "-"));
}
