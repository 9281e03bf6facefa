using BenefitsBot.AdaptiveCards;
using BenefitsBot.Bot.Actions;
using BenefitsBot.Storage.Nudges;

namespace BenefitsBot.Nudges.Settings;

/// <summary>Loads what the settings card shows for the caller's tenant and renders it.</summary>
public sealed class NudgeSettingsPage(INudgeSources sources, INudgeOutbox outbox, TimeProvider time)
{
    private const int RecentRows = 200;
    private static readonly TimeSpan FiguresSpan = TimeSpan.FromDays(30);

    /// <param name="form">What to show in the inputs; null = the stored settings.</param>
    /// <param name="notice">What to say above the form (saved, invalid, stale…).</param>
    public async Task<AdaptiveCard> RenderAsync(BotUser user, SettingsForm? form, SettingsNotice? notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var data = await sources.ReadTenantAsync(user.TenantId, cancellationToken);
        var recent = await outbox.ListRecentAsync(user.TenantId, RecentRows, cancellationToken);
        var counts = await outbox.CountAsync(user.TenantId, time.GetUtcNow() - FiguresSpan, cancellationToken);
        var view = new SettingsView(data.Teams, data.StoredSettings?.Version ?? 0, counts, [.. recent.Where(r => r.State == NudgeDeliveryState.Failed)]);
        return SettingsCard.Create(view, form ?? SettingsForm.From(data.Settings), notice, user.Language);
    }
}
