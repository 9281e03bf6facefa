using BenefitsBot.Bot.Access;
using BenefitsBot.Bot.Actions;
using BenefitsBot.Bot.Dialogs.Common;
using BenefitsBot.Graph;
using BenefitsBot.Storage.Audit;
using BenefitsBot.Storage.Nudges;
using BenefitsBot.Storage.Tenants;

namespace BenefitsBot.Nudges.Settings;

/// <summary>
/// <c>settings.show</c> and <c>settings.save</c>: admins only, checked by the role gate on every press (card data is untrusted).
/// Saving carries the version the card was built from; a stale card shows the current settings instead of overwriting them.
/// </summary>
public sealed class NudgeSettingsActions(IAdminGate gate, ITenantRecordStore records, INudgeSources sources, IAuditLog audit, NudgeSettingsPage page, TimeProvider time) : ICardActionHandler
{
    /// <summary>Who may see and change nudge settings: the admins the articles name for membership and benefits.</summary>
    public static readonly IReadOnlyCollection<AdminRole> Roles = [AdminRole.GlobalAdministrator, AdminRole.AccountAdmin, AdminRole.MpnPartnerAdmin];

    public bool CanHandle(string verb) => verb is SettingsCard.ShowVerb or SettingsCard.SaveVerb;

    public async Task<CardActionResult> HandleAsync(CardAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        var user = action.User;
        var decision = await gate.CheckAsync(user, action.Verb, Roles, cancellationToken);
        if (decision.Failure is { } failure)
        {
            // Fail closed: without the roles nothing of the tenant is shown. Retry carries back what the admin typed.
            return CardActionResult.Show(GraphRetryCard.RolesUnchecked(user.Language, null, action.Verb, 0, DialogInputs.Carry(action), failure));
        }

        if (!decision.Allowed)
        {
            return CardActionResult.Refuse(AccessTexts.Refusal(Roles, user.Language));
        }

        return action.Verb == SettingsCard.SaveVerb
            ? await SaveAsync(action, cancellationToken)
            : CardActionResult.Show(await page.RenderAsync(user, null, null, cancellationToken));
    }

    private async Task<CardActionResult> SaveAsync(CardAction action, CancellationToken cancellationToken)
    {
        var user = action.User;
        var form = SettingsForm.Read(action);
        var data = await sources.ReadTenantAsync(user.TenantId, cancellationToken);
        var (settings, problem) = form.ToSettings(data.Teams);
        if (settings is null)
        {
            return CardActionResult.Show(await page.RenderAsync(user, form, problem, cancellationToken));
        }

        var cardVersion = action.NumberField("version") ?? -1;
        var storedVersion = data.StoredSettings?.Version ?? 0;
        try
        {
            if (cardVersion != storedVersion)
            {
                throw new ConcurrencyConflictException(NudgeSettings.RecordKind, NudgeSettings.SingleId, cardVersion);
            }

            _ = storedVersion == 0
                ? await records.InsertAsync(user.TenantId, settings, cancellationToken)
                : await records.UpdateAsync(user.TenantId, settings, storedVersion, cancellationToken);
        }
        catch (ConcurrencyConflictException)
        {
            return CardActionResult.Show(await page.RenderAsync(user, null, "SettingsStale", cancellationToken));
        }

        await audit.AppendAsync(new AuditEntry(user.TenantId, user.ObjectId, SettingsCard.SaveVerb, NudgeSettings.SingleId, AuditResult.Succeeded, time.GetUtcNow(), null), cancellationToken);
        return CardActionResult.Show(await page.RenderAsync(user, null, "SettingsSaved", cancellationToken));
    }
}
