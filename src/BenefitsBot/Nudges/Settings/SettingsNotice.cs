namespace BenefitsBot.Nudges.Settings;

/// <summary>What the settings card says above the form; each name is its <c>NudgeTexts</c> key.</summary>
public enum SettingsNotice
{
    SettingsSaved,
    SettingsStale,
    SettingsInvalidDays,
    SettingsNoTeams,
}
