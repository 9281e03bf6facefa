using BenefitsBot.Bot.Actions;
using BenefitsBot.Graph;
using BenefitsBot.Localization;
using BenefitsBot.Storage.Nudges;
using BenefitsBot.Storage.Tenants;

namespace BenefitsBot.Nudges.Settings;

/// <summary>
/// <c>settings.show</c> (and the typed "settings") and <c>settings.save</c>: admins only, checked by the role gate on every
/// press (card data is untrusted). Saving carries the version the card was built from; a stale card shows the current
/// settings instead of overwriting them.
/// </summary>
public sealed class NudgeSettingsActions(ITenantRecordStore records, INudgeSources sources, CardFlowAudit audit, NudgeSettingsPage page) : ICardFlow<TenantNudgeData>
{
    /// <summary>Who may see and change nudge settings: the admins the articles name for membership and benefits.</summary>
    public static readonly IReadOnlyCollection<AdminRole> Roles = [AdminRole.GlobalAdministrator, AdminRole.AccountAdmin, AdminRole.MpnPartnerAdmin];

    public bool CanHandle(string verb) => verb is SettingsCard.ShowVerb or SettingsCard.SaveVerb;

    public IEnumerable<(BotCommandKind Command, string Verb)> Commands => [(BotCommandKind.Settings, SettingsCard.ShowVerb)];

    public IReadOnlyCollection<AdminRole> RolesFor(CardAction action, TenantNudgeData? current) => Roles;

    /// <summary>Only saving is versioned, against the stored settings.</summary>
    public bool IsVersioned(string verb) => verb == SettingsCard.SaveVerb;

    public long VersionOf(TenantNudgeData current)
    {
        ArgumentNullException.ThrowIfNull(current);
        return current.StoredSettings?.Version ?? 0;
    }

    public async Task<TenantNudgeData?> LoadAsync(CardAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        return action.Verb == SettingsCard.SaveVerb ? await sources.ReadTenantAsync(action.User.TenantId, cancellationToken) : null;
    }

    public async Task<CardActionResult> StaleAsync(CardAction action, TenantNudgeData? current, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        return CardActionResult.Show(await page.RenderAsync(action.User, null, SettingsNotice.SettingsStale, cancellationToken));
    }

    public async Task<CardActionResult> StepAsync(CardAction action, TenantNudgeData? current, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        return action.Verb == SettingsCard.SaveVerb && current is not null
            ? await SaveAsync(action, current, cancellationToken)
            : CardActionResult.Show(await page.RenderAsync(action.User, null, null, cancellationToken));
    }

    private async Task<CardActionResult> SaveAsync(CardAction action, TenantNudgeData data, CancellationToken cancellationToken)
    {
        var user = action.User;
        var form = SettingsForm.Read(action);
        var (settings, problem) = form.ToSettings(data.Teams);
        if (settings is null)
        {
            return CardActionResult.Show(await page.RenderAsync(user, form, problem, cancellationToken));
        }

        var storedVersion = VersionOf(data);
        try
        {
            _ = storedVersion == 0
                ? await records.InsertAsync(user.TenantId, settings, cancellationToken)
                : await records.UpdateAsync(user.TenantId, settings, storedVersion, cancellationToken);
        }
        catch (ConcurrencyConflictException)
        {
            return await StaleAsync(action, data, cancellationToken);
        }

        await audit.SucceededAsync(user, SettingsCard.SaveVerb, NudgeSettings.SingleId, null, cancellationToken);
        return CardActionResult.Show(await page.RenderAsync(user, null, SettingsNotice.SettingsSaved, cancellationToken));
    }
}
