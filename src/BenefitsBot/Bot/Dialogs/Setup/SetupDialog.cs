using System.Text.Json.Serialization.Metadata;
using BenefitsBot.AdaptiveCards;
using BenefitsBot.Bot.Access;
using BenefitsBot.Bot.Actions;
using BenefitsBot.Bot.Dialogs.Common;
using BenefitsBot.Bot.Dialogs.Users;
using BenefitsBot.Graph;
using BenefitsBot.Localization;
using BenefitsBot.Storage.Tenants;
using CardAction = BenefitsBot.Bot.Actions.CardAction;

namespace BenefitsBot.Bot.Dialogs.Setup;

/// <summary>
/// Setup, for a Global admin: confirm the tenant read from Graph, record the membership offers and their purchase dates,
/// and record who holds the Partner Center roles (Account admin, MPN partner admin) that Graph cannot see.
/// </summary>
public sealed partial class SetupDialog(
    DialogSessions sessions,
    ITenantDirectory directory,
    ITenantRecordStore records,
    CardFlowAudit audit,
    DateFieldReader dates,
    DirectoryUserLookup users) : DialogHandler<SetupState>(sessions)
{
    private static readonly AdminRole[] GlobalAdmin = [AdminRole.GlobalAdministrator];

    protected override string Prefix => SetupVerbs.Prefix;

    protected override JsonTypeInfo<SetupState> StateJson => SetupStateJson.Default.SetupState;

    protected override BotCommandKind Command => BotCommandKind.Setup;

    public override IReadOnlyCollection<AdminRole> RolesFor(CardAction action, DialogStep<SetupState>? current) => GlobalAdmin;

    protected override async Task<CardActionResult> StartAsync(CardAction action, CancellationToken cancellationToken)
    {
        var user = action.User;
        var tenant = await directory.GetTenantAsync(user.TenantId, cancellationToken);
        var offers = await records.ListAsync<MembershipOffer>(user.TenantId, cancellationToken);
        var grants = await records.ListAsync<PartnerRoleGrant>(user.TenantId, cancellationToken);
        var state = new SetupState(
            tenant.Id,
            tenant.DisplayName,
            tenant.DefaultDomain,
            [.. tenant.VerifiedDomains.Select(d => d.Name)],
            [.. offers.Select(o => new SetupOfferNote(o.Value.Kind, o.Value.CompetencyArea, o.Value.PurchaseDate))],
            [.. grants.Select(g => new SetupGrantNote(g.Value.ObjectId, g.Value.ObjectId, g.Value.Roles))],
            []);
        var step = await OpenAsync(action, SetupState.TenantStep, state, cancellationToken);
        return CardActionResult.Show(Render(step, user.Language));
    }

    protected override Task<CardActionResult> ContinueAsync(CardAction action, DialogStep<SetupState> current, CancellationToken cancellationToken) =>
        (action.Verb, current.Step) switch
        {
            (SetupVerbs.ConfirmTenant, SetupState.TenantStep) => ConfirmTenantAsync(action, current, cancellationToken),
            (SetupVerbs.AddOffer, SetupState.OffersStep) => AddOfferAsync(action, current, cancellationToken),
            (SetupVerbs.OpenRoles, SetupState.OffersStep) => OpenRolesAsync(action, current, cancellationToken),
            (SetupVerbs.GrantRoles, SetupState.RolesStep) => GrantRolesAsync(action, current, cancellationToken),
            (SetupVerbs.Finish, SetupState.OffersStep or SetupState.RolesStep) => FinishAsync(action, current, cancellationToken),
            _ => StaleAsync(action, current, cancellationToken),
        };

    protected override Task<AdaptiveCard?> RenderAsync(CardAction action, DialogStep<SetupState> current, CancellationToken cancellationToken) =>
        Task.FromResult<AdaptiveCard?>(Render(current, action.User.Language));

    private static AdaptiveCard Render(DialogStep<SetupState> current, string language)
    {
        ArgumentNullException.ThrowIfNull(current);
        return current.Step switch
        {
            SetupState.OffersStep => SetupCards.Offers(current.State, language, current.Version),
            SetupState.RolesStep => SetupCards.Roles(current.State, language, current.Version),
            _ => SetupCards.Tenant(current.State, language, current.Version),
        };
    }

    private async Task<CardActionResult> ConfirmTenantAsync(CardAction action, DialogStep<SetupState> step, CancellationToken cancellationToken)
    {
        var next = await AdvanceAsync(action, step, SetupState.OffersStep, step.State, cancellationToken);
        await audit.SucceededAsync(action.User, SetupVerbs.ConfirmTenant, step.State.TenantId, $"{step.State.TenantName}; {step.State.DefaultDomain}", cancellationToken);
        return CardActionResult.Show(Render(next, action.User.Language));
    }

    private async Task<CardActionResult> FinishAsync(CardAction action, DialogStep<SetupState> step, CancellationToken cancellationToken)
    {
        await EndAsync(action, step, cancellationToken);
        return CardActionResult.Show(SetupCards.Finished(step.State, action.User.Language));
    }
}
