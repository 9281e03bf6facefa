using BenefitsBot.Bot.Actions;
using BenefitsBot.Graph;
using BenefitsBot.Storage.Tenants;
using BenefitsBot.Localization;

namespace BenefitsBot.Bot.Dialogs.SelfService;

/// <summary>Read-only answers about the caller's own benefits, by their Entra object id: no role, no dialog state, no change.</summary>
public sealed class SelfServiceActions(ITenantRecordStore records) : ICardFlow<NoFlowState>
{
    public bool CanHandle(string verb) => verb == SelfServiceVerbs.Show;

    public IEnumerable<(BotCommandKind Command, string Verb)> Commands => [(BotCommandKind.MyBenefits, SelfServiceVerbs.Show)];

    /// <summary>No role: everyone may see their own benefits.</summary>
    public IReadOnlyCollection<AdminRole> RolesFor(CardAction action, NoFlowState? current) => [];

    public async Task<CardActionResult> StepAsync(CardAction action, NoFlowState? current, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        return CardActionResult.Show(MyBenefitsCard.Create(await LoadAsync(action.User, cancellationToken), action.User.Language));
    }

    public async Task<MyBenefits> LoadAsync(BotUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var subscriptions = await records.ListAsync<VisualStudioSubscription>(user.TenantId, cancellationToken);
        var credits = await records.ListAsync<AzureCredit>(user.TenantId, cancellationToken);
        var offers = await records.ListAsync<MembershipOffer>(user.TenantId, cancellationToken);
        return MyBenefits.For(user.ObjectId, subscriptions.Select(s => s.Value), credits.Select(c => c.Value), offers.Select(o => o.Value), user.Today);
    }
}
