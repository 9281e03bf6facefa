using BenefitsBot.Storage.Nudges;

namespace BenefitsBot.Nudges.Settings;

/// <summary>What the settings card shows besides the form: teams and channels, the stored version, delivery figures and problems.</summary>
/// <param name="Version">The stored settings' version (0 = defaults, never saved); carried in the Save button to detect stale cards.</param>
/// <param name="Failed">Recent failed nudges (403/404 and other errors), newest first.</param>
public sealed record SettingsView(
    IReadOnlyList<TeamRegistration> Teams,
    long Version,
    NudgeDeliveryCounts Counts,
    IReadOnlyList<NudgeDelivery> Failed);
