using BenefitsBot.Nudges;
using BenefitsBot.Storage.Nudges;
using BenefitsBot.Storage.Tenants;

namespace BenefitsBot.Tests.Nudges;

/// <summary>The planner alone: which nudges are due on which day, from the rules and one tenant's data.</summary>
public sealed class NudgePlannerTests
{
    private const string Tenant = "tenant-plan";
    private static readonly DateOnly Anniversary = new(2026, 3, 14);

    private static TenantNudgeData Tenant1(params MembershipOffer[] offers)
    {
        var data = new TenantNudgeData(Tenant);
        data.Offers.AddRange(offers);
        data.Teams.Add(new TeamRegistration("19:team", "Team", "https://smba.trafficmanager.net/emea/", "28:bot", [new TeamChannel("19:team", null)], true, DateTimeOffset.UnixEpoch, null));
        return data;
    }

    [Theory]
    [InlineData(-30, NudgeKind.RenewalWindowOpens)]
    [InlineData(-7, NudgeKind.RenewalWindowOpens)]
    [InlineData(-1, NudgeKind.RenewalWindowOpens)]
    [InlineData(0, NudgeKind.RenewalWindowOpens)]
    [InlineData(22, NudgeKind.GracePeriodEnds)]
    [InlineData(28, NudgeKind.GracePeriodEnds)]
    public void Plan_OnADefaultLeadDay_PlansThatNudgeDueToday(int daysFromWindowOpening, NudgeKind kind)
    {
        var opens = Anniversary.AddDays(1);
        var today = opens.AddDays(daysFromWindowOpening);

        var planned = Assert.Single(NudgePlanner.Plan(Tenant1(NudgeScenario.Offer("ap-1", Anniversary)), today));

        Assert.Equal(kind, planned.Kind);
        Assert.Equal(today, planned.DueDate);
        Assert.Equal("ap-1", planned.OfferId);
        Assert.Null(planned.RecipientObjectId);
    }

    [Fact]
    public void Plan_EveryDayAroundTheAnniversary_OneKeyPerDefaultLeadTime()
    {
        var data = Tenant1(NudgeScenario.Offer("ap-1", Anniversary));
        var keys = new HashSet<string>();

        for (var day = Anniversary.AddDays(-60); day <= Anniversary.AddDays(60); day = day.AddDays(1))
        {
            keys.UnionWith(NudgePlanner.Plan(data, day).Select(n => n.Key));
        }

        Assert.Equal(6, keys.Count); // 30, 7, 1 days before the window opens, the day it opens, 7 and 1 days before the grace period ends
    }

    [Fact]
    public void Plan_ClockJumpsOverThreeLeadTimes_OnlyTheLatestDueNudge()
    {
        var opens = Anniversary.AddDays(1);

        var planned = Assert.Single(NudgePlanner.Plan(Tenant1(NudgeScenario.Offer("ap-1", Anniversary)), opens.AddDays(3)));

        Assert.Equal(opens, planned.DueDate); // not the 30-, 7- and 1-day reminders as well
        Assert.Equal(NudgeKind.RenewalWindowOpens, planned.Kind);
    }

    [Theory]
    [InlineData(MembershipOfferKind.GoldCompetency, 2021)]
    [InlineData(MembershipOfferKind.ActionPack, 2020)]
    public void Plan_AnniversaryInTheCovidRange_CompetencyNudgedForTheExtendedAnniversary(MembershipOfferKind kind, int windowYear)
    {
        var covidAnniversary = new DateOnly(2020, 9, 15);
        var offer = NudgeScenario.Offer("offer-1", covidAnniversary, kind);
        var opens = new DateOnly(windowYear, 9, 16);

        var planned = Assert.Single(NudgePlanner.Plan(Tenant1(offer), opens));

        Assert.Equal(NudgeKind.RenewalWindowOpens, planned.Kind);
        Assert.Equal(opens, planned.EventDate);
    }

    [Fact]
    public void Plan_RenewalRecorded_NoNudgeUntilTheNextAnniversary()
    {
        var renewed = NudgeScenario.Offer("ap-1", Anniversary, renewedAt: Anniversary.AddDays(3));

        Assert.Empty(NudgePlanner.Plan(Tenant1(renewed), Anniversary.AddDays(23)));
        var next = Assert.Single(NudgePlanner.Plan(Tenant1(renewed), Anniversary.AddYears(1).AddDays(-6)));
        Assert.Equal(Anniversary.AddYears(1).AddDays(1), next.EventDate);
    }

    [Fact]
    public void Plan_BenefitsNotActivated_ActivationNudge30DaysBeforeTheExpiryDate()
    {
        var data = Tenant1(NudgeScenario.Offer("gold-1", Anniversary, MembershipOfferKind.GoldCompetency));
        data.SoftwareKeys.Add(new SoftwareKey("key-1", "gold-1", "Windows Server", "en", "x64", null));
        data.SoftwareKeys.Add(new SoftwareKey("key-2", "gold-1", "SQL Server", "en", "x64", DateTimeOffset.UnixEpoch));

        var planned = NudgePlanner.Plan(data, Anniversary.AddDays(-30));

        var activation = Assert.Single(planned, n => n.Kind == NudgeKind.BenefitsNotActivated);
        Assert.Equal(Anniversary, activation.EventDate);
        data.SoftwareKeys[0] = data.SoftwareKeys[0] with { RedeemedAt = DateTimeOffset.UnixEpoch };
        Assert.DoesNotContain(NudgePlanner.Plan(data, Anniversary.AddDays(-30)), n => n.Kind == NudgeKind.BenefitsNotActivated);
    }

    [Fact]
    public void Plan_VisualStudioAssigned_OneOnOneNudgeToTheAssigneeBeforeItEnds()
    {
        var data = Tenant1(NudgeScenario.Offer("ap-1", Anniversary));
        data.VisualStudioSubscriptions.Add(new VisualStudioSubscription("vs-1", "ap-1", "Enterprise", "aad-alex", Anniversary.AddYears(-1)));
        var end = Anniversary.AddDays(30);

        var personal = Assert.Single(NudgePlanner.Plan(data, end.AddDays(-7)), n => n.IsPersonal);

        Assert.Equal("aad-alex", personal.RecipientObjectId);
        Assert.Equal(NudgeKind.AssignmentEnds, personal.Kind);
        Assert.Equal(end, personal.EventDate);
    }

    [Fact]
    public void Plan_NoActiveTeam_NoChannelNudgesButEmployeesStillReminded()
    {
        var data = Tenant1(NudgeScenario.Offer("ap-1", Anniversary));
        data.Teams[0] = data.Teams[0] with { Active = false };
        data.VisualStudioSubscriptions.Add(new VisualStudioSubscription("vs-1", "ap-1", "Enterprise", "aad-alex", null));

        var planned = NudgePlanner.Plan(data, Anniversary.AddDays(23));

        Assert.All(planned, n => Assert.True(n.IsPersonal));
        Assert.NotEmpty(planned);
    }

    [Fact]
    public void Plan_CustomLeadTimes_UsesTheTenantsSettings()
    {
        var data = Tenant1(NudgeScenario.Offer("ap-1", Anniversary));
        data.StoredSettings = new Versioned<NudgeSettings>(NudgeSettings.Default with { RenewalLeadDays = [14], GraceLeadDays = [] }, 1);

        Assert.Empty(NudgePlanner.Plan(data, Anniversary.AddDays(-29)));
        Assert.Equal(Anniversary.AddDays(-13), Assert.Single(NudgePlanner.Plan(data, Anniversary.AddDays(-10))).DueDate);
    }

    [Fact]
    public void Plan_CancelledOffer_Nothing()
    {
        var cancelled = NudgeScenario.Offer("ap-1", Anniversary) with { Status = MembershipOfferStatus.Cancelled };

        Assert.Empty(NudgePlanner.Plan(Tenant1(cancelled), Anniversary));
    }
}
