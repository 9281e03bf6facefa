using System.Text.Json.Nodes;
using BenefitsBot.AdaptiveCards;
using BenefitsBot.Bot.Access;
using BenefitsBot.Bot.Dialogs.Common;
using BenefitsBot.Bot.Dialogs.Renewal;
using BenefitsBot.Bot.Dialogs.SelfService;
using BenefitsBot.Bot.Dialogs.Setup;
using BenefitsBot.Graph;
using BenefitsBot.Localization;
using BenefitsBot.Storage.Tenants;
using BenefitsBot.Tests.Cards;
using Xunit.Abstractions;
using AzureCredit = BenefitsBot.Storage.Tenants.AzureCredit;

namespace BenefitsBot.Tests.Dialogs;

/// <summary>Every card of the setup, renewal and self-service dialogs, in each language, checked by the official parser (1.5, strict).</summary>
public sealed class DialogCardsOracleTests(ITestOutputHelper output)
{
    private static readonly DateOnly Today = new(2026, 3, 20);

    [Fact]
    public async Task AllDialogCards_ValidateWithOfficialParser_AtVersion15()
    {
        var cards = UserLanguage.All.SelectMany(language => CardsIn(language).Select(c => ($"{c.Name}-{language}", c.Card.ToJson()))).ToList();

        await CardOracleAssert.AllValidForTeamsAsync(cards, output);
    }

    private static IEnumerable<(string Name, AdaptiveCard Card)> CardsIn(string language)
    {
        var gold = new MembershipOffer("o-1", MembershipOfferKind.GoldCompetency, "Cloud Platform", new DateOnly(2025, 3, 1), new DateOnly(2026, 3, 1), MembershipOfferStatus.Active, null);
        var covid = gold with { OfferId = "o-2", Anniversary = new DateOnly(2020, 9, 15) };
        var megan = new DirectoryUser("u-2", "Megan", "m@contoso.example", "m@contoso.example", "Member", true);
        var setup = new SetupState("t-1", "Contoso", "contoso.example", ["contoso.example"], [new SetupOfferNote(gold.Kind, gold.CompetencyArea, gold.PurchaseDate)], [new SetupGrantNote("u-1", "Megan", [AdminRole.AccountAdmin])], [megan]);
        var error = new DateAnswer(null, "soon", DialogTexts.Format("DateUnreadable", language, "soon"));
        var renewal = new RenewalState([new RenewalOffer(gold, 1), new RenewalOffer(covid, 1)], null, Today);
        yield return ("setup-tenant", SetupCards.Tenant(setup, language, 1));
        yield return ("setup-offers", SetupCards.Offers(setup, language, 2, new OfferForm("ActionPack", null, error, null)));
        yield return ("setup-roles", SetupCards.Roles(setup, language, 3, new RoleForm(true, false, [megan], "meg", "x")));
        yield return ("setup-roles-typed-only", SetupCards.Roles(setup with { Suggestions = [] }, language, 3));
        yield return ("setup-done", SetupCards.Finished(setup, language));
        yield return ("renewal-choose", RenewalCards.Choose(renewal, language, 1));
        yield return ("renewal-open", RenewalCards.Status(RenewalStatus.Of(gold, Today), language, 2, new RenewalChecklist(true, false, false), "x"));
        yield return ("renewal-upcoming", RenewalCards.Status(RenewalStatus.Of(gold, new DateOnly(2026, 1, 1)), language, 2));
        yield return ("renewal-missed", RenewalCards.Status(RenewalStatus.Of(gold, new DateOnly(2026, 6, 1)), language, 2));
        yield return ("renewal-covid", RenewalCards.Status(RenewalStatus.Of(covid, new DateOnly(2021, 9, 20)), language, 2));
        yield return ("renewal-renewed", RenewalCards.Renewed(RenewalStatus.Of(gold, Today), Today, language));
        yield return ("renewal-lapsed", RenewalCards.Lapsed(RenewalStatus.Of(gold, Today), language));
        yield return ("renewal-none", RenewalCards.NoOffers(language));
        var mine = MyBenefits.For("me", [new VisualStudioSubscription("vs", "o-1", "Enterprise", "me", Today)], [new AzureCredit("c", "o-1", AzureCreditKind.Bulk, 100m, ["me"])], [gold], Today);
        yield return ("self", MyBenefitsCard.Create(mine, language));
        yield return ("self-empty", MyBenefitsCard.Create(MyBenefits.For("me", [], [], [], Today), language));
        yield return ("graph-down", GraphRetryCard.Create(language, "setup", "setup.roles.grant", 3, new JsonObject { ["userQuery"] = "meg" }, new TenantDirectoryException(TenantDirectoryErrorKind.Forbidden, "403", null) { MissingPermission = "User.Read.All" }));
        yield return ("stale-ended", StaleCard.Create(language, null, "setup"));
        yield return ("stale-current", StaleCard.Create(language, SetupCards.Tenant(setup, language, 1), "setup"));
        yield return ("refused", RefusalCard.Refused([AdminRole.GlobalAdministrator, AdminRole.AccountAdmin], language));
    }
}
