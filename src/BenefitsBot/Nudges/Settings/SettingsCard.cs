using System.Text.Json.Nodes;
using BenefitsBot.AdaptiveCards;
using BenefitsBot.AdaptiveCards.Actions;
using BenefitsBot.AdaptiveCards.Elements;
using BenefitsBot.AdaptiveCards.Inputs;
using BenefitsBot.Bot.Actions;
using BenefitsBot.Localization;
using BenefitsBot.Nudges.Texts;

namespace BenefitsBot.Nudges.Settings;

/// <summary>
/// The admins' nudge settings card: channel, lead times, 1:1 reminders, language; below, where the bot can no longer post
/// (teams it was removed from, nudges that failed with 403/404) and the last 30 days' delivery figures.
/// </summary>
public static class SettingsCard
{
    public const string SaveVerb = "settings.save";

    public const string ShowVerb = "settings.show";

    private const int MaxProblems = 8;

    public static AdaptiveCard Create(SettingsView view, SettingsForm form, SettingsNotice? notice, string language)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(form);
        var body = new List<CardElement>
        {
            new TextBlock(NudgeTexts.Get("SettingsTitle", language)) { Style = TextBlockStyle.Heading, Size = TextSize.Medium, Weight = TextWeight.Bolder, Wrap = true },
        };
        if (notice is { } shown)
        {
            body.Add(new TextBlock(NudgeTexts.Get(shown.ToString(), language)) { Wrap = true, Color = shown == SettingsNotice.SettingsSaved ? TextColor.Good : TextColor.Attention });
        }

        body.Add(ChannelInput(view, form, language));
        body.Add(Days("renewalLeads", "SettingsRenewalLeads", form.RenewalLeads, language));
        body.Add(Days("graceLeads", "SettingsGraceLeads", form.GraceLeads, language));
        body.Add(Days("activationLeads", "SettingsActivationLeads", form.ActivationLeads, language));
        body.Add(Days("assignmentLeads", "SettingsAssignmentLeads", form.AssignmentLeads, language));
        body.Add(new ToggleInput("employeeNudges", NudgeTexts.Get("SettingsEmployeeNudges", language)) { Value = form.EmployeeNudges ? "true" : "false", ValueOn = "true", ValueOff = "false", Wrap = true });
        body.Add(new ChoiceSetInput("language")
        {
            Label = NudgeTexts.Get("SettingsLanguage", language),
            Value = form.Language,
            Choices = [.. UserLanguage.All.Select(l => new Choice(BotTexts.LanguageName(l, language), l))],
        });
        body.AddRange(Status(view, language));
        return new AdaptiveCard
        {
            Lang = language,
            FallbackText = NudgeTexts.Get("SettingsTitle", language),
            Body = body,
            Actions =
            [
                new ExecuteAction(SaveVerb)
                {
                    Title = NudgeTexts.Get("SettingsSave", language),
                    Style = ActionStyle.Positive,
                    Data = new JsonObject { [CardFlowData.StateVersion] = view.Version, [CardFlowData.Language] = language },
                }.WithSubmitFallback(),
            ],
        };
    }

    private static CardElement ChannelInput(SettingsView view, SettingsForm form, string language)
    {
        var choices = view.Teams.Where(t => t.Active)
            .SelectMany(t => t.Channels.Select(c => new Choice($"{t.Name ?? t.TeamId} › {t.ChannelName(c.Id)}", SettingsForm.ChannelValue(t.TeamId, c.Id))))
            .ToList();
        if (choices.Count == 0)
        {
            return new TextBlock(NudgeTexts.Get("SettingsNoTeams", language)) { Wrap = true, IsSubtle = true };
        }

        return new ChoiceSetInput("channel")
        {
            Label = NudgeTexts.Get("SettingsChannel", language),
            Value = form.Channel ?? choices[0].Value,
            Choices = choices,
        };
    }

    private static TextInput Days(string id, string labelKey, string value, string language) => new(id)
    {
        Label = NudgeTexts.Get(labelKey, language),
        Value = value,
        Regex = @"^[0-9 ,;]*$",
        ErrorMessage = NudgeTexts.Get("SettingsInvalidDays", language),
    };

    private static IEnumerable<CardElement> Status(SettingsView view, string language)
    {
        var counts = view.Counts;
        yield return new TextBlock(NudgeTexts.Format("SettingsRecent", language, counts.Sent, counts.Pending + counts.Retrying, counts.Failed)) { Wrap = true, Separator = true, IsSubtle = true };
        var problems = view.Teams.Where(t => !t.Active)
            .Select(t => NudgeTexts.Format("SettingsTeamRemoved", language, t.Name ?? t.TeamId, t.InactiveReason ?? "removed"))
            .Concat(view.Failed.Select(f => NudgeTexts.Format("SettingsNudgeFailed", language,
                NudgeTexts.Get("Kind_" + f.Nudge.Kind, language), f.Nudge.OfferId ?? f.Nudge.SubjectId, NudgeTexts.Iso(f.Nudge.DueDate), f.LastError ?? "?")))
            .Take(MaxProblems)
            .ToList();
        if (problems.Count == 0)
        {
            yield return new TextBlock(NudgeTexts.Get("SettingsAllReachable", language)) { Wrap = true, IsSubtle = true };
            yield break;
        }

        yield return new TextBlock(NudgeTexts.Get("SettingsUnreachable", language)) { Weight = TextWeight.Bolder, Wrap = true, Color = TextColor.Attention };
        foreach (var problem in problems)
        {
            yield return new TextBlock("• " + problem) { Wrap = true, Spacing = AdaptiveCards.Spacing.None };
        }
    }
}
