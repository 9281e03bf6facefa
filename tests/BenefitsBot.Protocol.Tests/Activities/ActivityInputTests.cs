using System.Text.Json;
using BenefitsBot.Protocol.Activities;

namespace BenefitsBot.Protocol.Tests.Activities;

/// <summary>Input limits and tolerant reading of the fields Teams shapes: wrong shapes are left out and named, never thrown.</summary>
public sealed class ActivityInputTests
{
    private static Activity Parse(string json) => JsonSerializer.Deserialize(json, ActivityJsonContext.Default.Activity)!;

    private static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement.Clone();

    [Theory]
    [InlineData("""{"tenant":"abc"}""", "channelData.tenant")]
    [InlineData("""{"tenant":{"id":5}}""", "channelData.tenant.id")]
    [InlineData("""{"team":"t"}""", "channelData.team")]
    [InlineData("""{"settings":5}""", "channelData.settings")]
    [InlineData("""{"settings":{"selectedChannel":[]}}""", "channelData.settings.selectedChannel")]
    [InlineData("""{"eventType":7}""", "channelData.eventType")]
    [InlineData("""[1]""", "channelData")]
    public void Read_FieldOfWrongShape_IsLeftOutAndNamed(string channelData, string path)
    {
        var ignored = new List<string>();

        var data = TeamsChannelData.Read(Json(channelData), ignored);

        Assert.Null(data.Tenant?.Id);
        Assert.Null(data.Team);
        Assert.Null(data.EventType);
        Assert.Null(data.Settings?.SelectedChannel);
        Assert.Equal([path], ignored);
    }

    [Fact]
    public void Read_TeamsShapes_ReadsEveryField()
    {
        var data = TeamsChannelData.Read(Json("""
            {"tenant":{"id":"t1"},"team":{"id":"19:team","name":"Sales","aadGroupId":"g"},"channel":{"id":"19:c","name":"General"},
             "eventType":"channelCreated","teamsTeamId":"19:team","teamsChannelId":"19:c","settings":{"selectedChannel":{"id":"19:s"}},"other":1}
            """));

        Assert.Equal(("t1", "Sales", "g", "General", "channelCreated", "19:team", "19:c", "19:s"), (data.Tenant!.Id, data.Team!.Name, data.Team.AadGroupId, data.Channel!.Name, data.EventType, data.TeamsTeamId, data.TeamsChannelId, data.Settings!.SelectedChannel!.Id));
    }

    [Fact]
    public void TenantId_ChannelDataTenantOfWrongShape_FallsBackToTheConversations()
    {
        var activity = Parse("""{"conversation":{"id":"a","tenantId":"t-conv"},"channelData":{"tenant":"abc"}}""");

        Assert.Equal("t-conv", activity.TenantId);
    }

    [Fact]
    public void ApplyInputLimits_NullEntries_AreDroppedAndNamed()
    {
        var activity = Parse("""{"entities":[null,{"type":"clientInfo","locale":"sv-SE"}],"membersAdded":[null],"membersRemoved":[null,{"id":"28:b"}],"attachments":[null]}""");

        var ignored = activity.ApplyInputLimits();

        Assert.Equal("sv-SE", activity.UserLocale);
        Assert.Empty(activity.MembersAdded!);
        Assert.Equal("28:b", Assert.Single(activity.MembersRemoved!).Id);
        Assert.Empty(activity.Attachments!);
        Assert.Equal(["entities (null entries)", "attachments (null entries)", "membersAdded (null entries)", "membersRemoved (null entries)"], ignored);
    }

    [Fact]
    public void ApplyInputLimits_TextOverTeamsLimit_IsCutWithoutSplittingASurrogatePair()
    {
        var activity = new Activity { Text = new string('a', Activity.MaxTextLength - 1) + "😀" + new string('b', 1000) };

        var ignored = activity.ApplyInputLimits();

        Assert.Equal(Activity.MaxTextLength - 1, activity.Text.Length);
        Assert.Contains(ignored, field => field.StartsWith("text (cut", StringComparison.Ordinal));
    }

    [Fact]
    public void ApplyInputLimits_InvalidCharacters_BecomeSpaces()
    {
        // Built here, not in [InlineData]: the test runner's serialization would replace a lone surrogate.
        (string Text, string Expected)[] cases = [("\ufffe\uffffhelp", "  help"), ("a\ud800b\udc00", "a b "), ("ok 😀\ufdd0", "ok 😀 ")];

        var results = cases.Select(c =>
        {
            var activity = new Activity { Text = c.Text };
            activity.ApplyInputLimits();
            return activity.Text;
        });

        Assert.Equal(cases.Select(c => c.Expected), results);
    }

    [Fact]
    public void ApplyInputLimits_UnusableIds_AreDroppedAndNamed()
    {
        var activity = Parse($$$"""
            {"id":" ","replyToId":"{{{new string('r', Activity.MaxIdLength + 1)}}}","from":{"id":"29:a\u0000","aadObjectId":"ok"},
             "conversation":{"id":"a:1","tenantId":"\t"},"channelData":{"team":{"id":"\n"},"teamsChannelId":"19:c\u0007"}}
            """);

        var ignored = activity.ApplyInputLimits();

        Assert.Equal((null, null, null, "ok", null, null, null), (activity.Id, activity.ReplyToId, activity.From!.Id, activity.From.AadObjectId, activity.Conversation!.TenantId, activity.TeamId, activity.TeamsChannelId));
        Assert.Equal(5, ignored.Count);
        Assert.Contains("channelData.teamsChannelId (control characters or over 256 characters)", ignored);
    }

    [Theory]
    [InlineData("""[null]""")]
    [InlineData("""[{"type":"mention","text":5,"mentioned":{"id":"28:bot"}}]""")]
    [InlineData("""[{"type":"mention","text":"","mentioned":{"id":"28:bot"}}]""")]
    [InlineData("""[{"type":"mention","text":"<at>Bot</at>","mentioned":{"id":5}}]""")]
    [InlineData("""[{"type":"mention","text":"<at>Bot</at>","mentioned":"28:bot"}]""")]
    public void GetTextWithoutBotMention_OddMentionEntities_StillRemovesTheMarkup(string entities)
    {
        var activity = Parse($$"""{"text":"<at>Bot</at> renew?","recipient":{"id":"28:bot"},"entities":{{entities}}}""");

        Assert.Equal("renew?", activity.GetTextWithoutBotMention());
    }

    [Fact]
    public void GetTextWithoutBotMention_MentionOfSomeoneElse_KeepsTheirName()
    {
        var activity = Parse("""
            {"text":"<at>Bot</at> ask Alex Wilber","recipient":{"id":"28:bot"},
             "entities":[{"type":"mention","text":"<at>Bot</at>","mentioned":{"id":"28:bot"}},{"type":"mention","text":"Alex Wilber","mentioned":{"id":"29:alex"}}]}
            """);

        Assert.Equal("ask Alex Wilber", activity.GetTextWithoutBotMention());
    }
}
