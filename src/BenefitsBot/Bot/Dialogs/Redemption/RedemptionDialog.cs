using BenefitsBot.Bot.Access;
using BenefitsBot.Bot.Actions;
using BenefitsBot.Bot.Dialogs.Common;
using BenefitsBot.Storage.Audit;
using BenefitsBot.Storage.Tenants;

namespace BenefitsBot.Bot.Dialogs.Redemption;

/// <summary>
/// The <c>redeem.*</c> buttons. Every press is role-checked on the server first (the roles of the chosen benefit type),
/// then matched against the stored dialog version (a replayed or outdated card changes nothing), and only then acted on.
/// Graph failures show the retry card with the inputs carried; nothing is written before the rules and inputs are checked.
/// </summary>
public sealed partial class RedemptionDialog(
    IEnumerable<IBenefitRedeemer> redeemers,
    DialogSessions sessions,
    IAdminGate gate,
    ITenantRecordStore records,
    IAuditLog audit,
    TimeProvider time) : ICardActionHandler
{
    private readonly Dictionary<string, IBenefitRedeemer> byKind = redeemers.ToDictionary(r => r.Kind, StringComparer.Ordinal);

    public bool CanHandle(string verb) => verb?.StartsWith(RedemptionVerbs.Dialog + ".", StringComparison.Ordinal) == true;

    public Task<CardActionResult> HandleAsync(CardAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        return DialogGuard.RunAsync(action, RedemptionVerbs.Dialog, Command(action.User.Language), () => action.Verb switch
        {
            RedemptionVerbs.Start => StartAsync(action.User, DialogSessions.ConversationOf(action.Activity), DialogData.Text(action, "offerId"), cancellationToken),
            RedemptionVerbs.Cancel => DialogGuard.CancelAsync(
                sessions, action, RedemptionState.DialogId, RedemptionJsonContext.Default.RedemptionState, Localization.RedemptionTexts.Get("RedeemCancelled", action.User.Language), cancellationToken),
            _ => ContinueAsync(action, cancellationToken),
        });
    }

    /// <summary>Opens the dialog (command or <c>redeem.start</c>): the list of benefits still to redeem, optionally of one offer.</summary>
    public async Task<CardActionResult> StartAsync(BotUser user, string conversationId, string? offerId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var inputs = new System.Text.Json.Nodes.JsonObject { ["offerId"] = offerId };
        if (await gate.DenyAsync(user, RedemptionVerbs.Start, RedemptionRoles.Any, RedemptionVerbs.Dialog, RedemptionVerbs.Start, 0, inputs, cancellationToken) is { } denied)
        {
            return denied;
        }

        var benefits = await ListAsync(user, offerId, cancellationToken);
        var step = await sessions.StartAsync(user, conversationId, RedemptionState.DialogId, RedemptionState.ListStep, new RedemptionState(offerId), RedemptionJsonContext.Default.RedemptionState, cancellationToken);
        return CardActionResult.Show(RedemptionListCard.Create(user.Language, benefits, step.Version));
    }

    private async Task<IReadOnlyList<RedeemableBenefit>> ListAsync(BotUser user, string? offerId, CancellationToken cancellationToken)
    {
        var all = new List<RedeemableBenefit>();
        foreach (var redeemer in byKind.Values)
        {
            all.AddRange(await redeemer.ListAsync(user.TenantId, user.Language, cancellationToken));
        }

        return offerId is null ? all : [.. all.Where(b => b.MembershipOfferId == offerId)];
    }

    private static string Command(string language) => Localization.RedemptionTexts.Get("RedeemCommand", language);

    private Task AuditAsync(BotUser user, string action, string target, AuditResult result, string? detail, CancellationToken cancellationToken) =>
        audit.AppendAsync(new AuditEntry(user.TenantId, user.ObjectId, action, target, result, time.GetUtcNow(), detail), cancellationToken);
}
