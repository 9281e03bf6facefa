using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using BenefitsBot.Storage.Tenants;

namespace BenefitsBot.Storage.Nudges;

/// <summary>A tenant's nudge settings, one per tenant under <see cref="SingleId"/>; an admin edits them in the settings card.</summary>
/// <param name="TeamId">The team of the nudge channel; null = the only team the bot is in, if there is exactly one.</param>
/// <param name="ChannelId">The channel new nudge threads go to; null = that team's General channel.</param>
/// <param name="RenewalLeadDays">Days before the renewal window opens; 0 = the day it opens.</param>
/// <param name="GraceLeadDays">Days before the grace period (30 days after the anniversary) ends.</param>
/// <param name="ActivationLeadDays">Days before the benefit expiry date (the anniversary) while benefits are not activated.</param>
/// <param name="AssignmentLeadDays">Days before an employee's user-assigned benefit ends (1:1 nudges).</param>
/// <param name="EmployeeNudges">Whether employees get 1:1 nudges for their own assignments.</param>
/// <param name="Language">The language of channel nudges (en, sv, nl, zh-TW).</param>
public sealed record NudgeSettings(
    string? TeamId,
    string? ChannelId,
    IReadOnlyList<int> RenewalLeadDays,
    IReadOnlyList<int> GraceLeadDays,
    IReadOnlyList<int> ActivationLeadDays,
    IReadOnlyList<int> AssignmentLeadDays,
    bool EmployeeNudges,
    string Language) : ITenantRecord<NudgeSettings>
{
    public const string SingleId = "nudge-settings";

    /// <summary>The defaults: 30, 7 and 1 days before the window opens and the day it opens; 7 and 1 before the grace period ends; 30 before benefits expire; 7 and 1 before an assignment ends.</summary>
    public static NudgeSettings Default { get; } = new(null, null, [30, 7, 1, 0], [7, 1], [30], [7, 1], true, "en");

    public static string RecordKind => "nudge-settings";

    public static JsonTypeInfo<NudgeSettings> JsonType => NudgeRecordJsonContext.Default.NudgeSettings;

    [JsonIgnore]
    public string RecordId => SingleId;
}
