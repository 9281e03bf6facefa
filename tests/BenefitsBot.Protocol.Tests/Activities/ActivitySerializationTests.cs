using System.Text.Json;
using BenefitsBot.Protocol.Activities;

namespace BenefitsBot.Protocol.Tests.Activities;

public sealed class ActivitySerializationTests
{
    [Fact]
    public void Serialize_TeamsActivity_DerivedTeamsPropertiesStayOffTheWire()
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Locale = "sv-SE",
            Conversation = new ConversationAccount { Id = "19:c", ConversationType = "channel", TenantId = "t-1" },
            ChannelData = JsonDocument.Parse("""{"tenant":{"id":"t-1"},"team":{"id":"19:team"},"channel":{"id":"19:c"}}""").RootElement.Clone(),
        };

        var json = JsonSerializer.SerializeToElement(activity, ActivityJsonContext.Default.Activity);

        Assert.Equal("t-1", activity.TenantId);
        Assert.Equal("19:team", activity.TeamId);
        foreach (var derived in new[] { "tenantId", "teamId", "teamsChannelId", "isPersonalConversation", "userLocale", "userTimeZone" })
        {
            Assert.False(json.TryGetProperty(derived, out _), $"'{derived}' was written");
        }

        Assert.Equal("sv-SE", json.GetProperty("locale").GetString());
        Assert.Equal("t-1", json.GetProperty("conversation").GetProperty("tenantId").GetString());
    }
}
