using System.Globalization;
using BenefitsBot.Bot.Actions;
using BenefitsBot.Localization;
using BenefitsBot.Storage.Nudges;

namespace BenefitsBot.Nudges.Settings;

/// <summary>The settings card's inputs as the admin typed them; kept as text so a rejected form is shown back unchanged.</summary>
/// <param name="Channel">"teamId|channelId", or null for the default channel.</param>
public sealed record SettingsForm(
    string? Channel,
    string RenewalLeads,
    string GraceLeads,
    string ActivationLeads,
    string AssignmentLeads,
    bool EmployeeNudges,
    string Language)
{
    private const int MaxLeadDays = 365;
    private const int MaxLeads = 6;

    public static SettingsForm From(NudgeSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new(
            settings.TeamId is { } team ? ChannelValue(team, settings.ChannelId ?? team) : null,
            Days(settings.RenewalLeadDays),
            Days(settings.GraceLeadDays),
            Days(settings.ActivationLeadDays),
            Days(settings.AssignmentLeadDays),
            settings.EmployeeNudges,
            settings.Language);
    }

    /// <summary>The inputs Action.Execute / Action.Submit put into the button's data (untrusted).</summary>
    public static SettingsForm Read(CardAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var language = action.Field("language");
        return new(
            action.Field("channel") is { Length: > 0 } channel ? channel : null,
            action.Field("renewalLeads") ?? string.Empty,
            action.Field("graceLeads") ?? string.Empty,
            action.Field("activationLeads") ?? string.Empty,
            action.Field("assignmentLeads") ?? string.Empty,
            action.Field("employeeNudges") != "false",
            language is not null && UserLanguage.All.Contains(language) ? language : UserLanguage.English);
    }

    public static string ChannelValue(string teamId, string channelId) => $"{teamId}|{channelId}";

    /// <summary>The settings the form describes, or what is wrong with it.</summary>
    public (NudgeSettings? Settings, SettingsNotice? Problem) ToSettings(IReadOnlyList<TeamRegistration> teams)
    {
        ArgumentNullException.ThrowIfNull(teams);
        if (!TryParseDays(RenewalLeads, out var renewal) || !TryParseDays(GraceLeads, out var grace)
            || !TryParseDays(ActivationLeads, out var activation) || !TryParseDays(AssignmentLeads, out var assignment))
        {
            return (null, SettingsNotice.SettingsInvalidDays);
        }

        string? teamId = null, channelId = null;
        if (Channel is { } chosen)
        {
            // A forged or stale value must name a channel of a team registered for this tenant.
            var parts = chosen.Split('|');
            var team = parts.Length == 2 ? teams.FirstOrDefault(t => t.TeamId == parts[0]) : null;
            if (team is null || team.Channels.All(c => c.Id != parts[1]) && parts[1] != team.TeamId)
            {
                return (null, SettingsNotice.SettingsNoTeams);
            }

            (teamId, channelId) = (team.TeamId, parts[1]);
        }

        return (new NudgeSettings(teamId, channelId, renewal, grace, activation, assignment, EmployeeNudges, Language), null);
    }

    /// <summary>Whole days 0–365 separated by commas or spaces, at most six; an empty text means none.</summary>
    public static bool TryParseDays(string text, out IReadOnlyList<int> days)
    {
        var parsed = new SortedSet<int>(Comparer<int>.Create((a, b) => b.CompareTo(a)));
        foreach (var part in (text ?? string.Empty).Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var day) || day > MaxLeadDays)
            {
                days = [];
                return false;
            }

            parsed.Add(day);
        }

        days = [.. parsed];
        return parsed.Count <= MaxLeads;
    }

    private static string Days(IEnumerable<int> days) => string.Join(", ", days.Select(d => d.ToString(CultureInfo.InvariantCulture)));
}
