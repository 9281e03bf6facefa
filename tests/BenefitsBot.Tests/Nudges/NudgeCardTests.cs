using BenefitsBot.Localization;
using BenefitsBot.Nudges;
using BenefitsBot.Nudges.Settings;
using BenefitsBot.Storage.Nudges;
using BenefitsBot.Storage.Tenants;
using BenefitsBot.Tests.Cards;
using Xunit.Abstractions;

namespace BenefitsBot.Tests.Nudges;

/// <summary>Every nudge and settings card, in every language, through the official Adaptive Cards parser (1.5, strict).</summary>
public sealed class NudgeCardTests(ITestOutputHelper output)
{
    private static readonly DateOnly Today = new(2026, 5, 4);

    [Fact]
    public async Task AllNudgeAndSettingsCards_ValidateWithOfficialParser_AtVersion15()
    {
        var cards = new List<(string Name, string Json)>();
        foreach (var language in UserLanguage.All)
        {
            foreach (var content in Contents())
            {
                cards.Add(($"nudge-{content.Nudge.Kind}-{content.Nudge.DueDate:MMdd}-{language}", NudgeCard.Create(content, Today, language).ToJson()));
            }

            cards.Add(($"settings-{language}", SettingsCard.Create(View(), SettingsForm.From(NudgeSettings.Default), SettingsNotice.SettingsSaved, language).ToJson()));
            cards.Add(($"settings-empty-{language}", SettingsCard.Create(View() with { Teams = [], Failed = [] }, SettingsForm.From(NudgeSettings.Default), null, language).ToJson()));
        }

        await CardOracleAssert.AllValidForTeamsAsync(cards, output);
    }

    [Fact]
    public void NudgeCard_RenewalAndActivation_ButtonsOpenTheDialogsForTheOffer()
    {
        var contents = Contents().ToList();

        var renew = NudgeCard.Create(contents[0], Today, "en").ToJson();
        var redeem = NudgeCard.Create(contents[2], Today, "en").ToJson();
        var personal = NudgeCard.Create(contents[3], Today, "en").ToJson();

        Assert.Contains(NudgeCard.RenewVerb, renew, StringComparison.Ordinal);
        Assert.Contains("gold-1", renew, StringComparison.Ordinal);
        Assert.Contains("The renewal window opens in 7 days", renew, StringComparison.Ordinal);
        Assert.Contains(NudgeCard.RedeemVerb, redeem, StringComparison.Ordinal);
        Assert.DoesNotContain("Action.Execute", personal, StringComparison.Ordinal);
        Assert.Contains("Your Visual Studio subscription ends in 7 days", personal, StringComparison.Ordinal);
    }

    private static IEnumerable<NudgeContent> Contents()
    {
        var offer = new MembershipOffer("gold-1", MembershipOfferKind.GoldCompetency, "Cloud Platform", Today.AddDays(-359), Today.AddDays(6), MembershipOfferStatus.Active, null);
        PlannedNudge Nudge(NudgeKind kind, DateOnly eventDate, string? recipient = null) =>
            new("tenant", recipient is null ? "gold-1" : "vs-1:" + recipient, kind, "s", Today, eventDate, recipient, "gold-1");
        yield return new NudgeContent(Nudge(NudgeKind.RenewalWindowOpens, Today.AddDays(7)), offer, 0, null);
        yield return new NudgeContent(Nudge(NudgeKind.GracePeriodEnds, Today.AddDays(1)), offer, 0, null);
        yield return new NudgeContent(Nudge(NudgeKind.BenefitsNotActivated, Today.AddDays(30)), offer, 3, null);
        yield return new NudgeContent(Nudge(NudgeKind.AssignmentEnds, Today.AddDays(7), "aad-alex"), offer, 0, "Benefit_VisualStudio");
        yield return new NudgeContent(Nudge(NudgeKind.RenewalWindowOpens, Today), null, 0, null);
    }

    private static SettingsView View() => new(
        [
            new TeamRegistration("19:t1", "Sales", "https://smba.trafficmanager.net/emea/", "28:bot", [new TeamChannel("19:t1", null), new TeamChannel("19:c2", "Renewals")], true, DateTimeOffset.UnixEpoch, null),
            new TeamRegistration("19:t2", "Old team", "https://smba.trafficmanager.net/emea/", "28:bot", [new TeamChannel("19:t2", null)], false, DateTimeOffset.UnixEpoch, "403 BotNotInConversationRoster"),
        ],
        3,
        new NudgeDeliveryCounts(1, 12, 0, 1, 2),
        [new NudgeDelivery(1, new PlannedNudge("tenant", "vs-1:aad-x", NudgeKind.AssignmentEnds, "s", Today, Today.AddDays(7), "aad-x", "gold-1"), NudgeDeliveryState.Failed, 1, DateTimeOffset.UnixEpoch, null, null, null, null, "403 MessageWritesBlocked", DateTimeOffset.UnixEpoch)]);
}
