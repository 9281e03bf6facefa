using System.Text.Json;
using BenefitsBot.Protocol.Activities;

namespace BenefitsBot.Testing.Turns;

/// <summary>Activities shaped as Teams sends them (ids, tenant, channelData, clientInfo), for tests.</summary>
public static class TeamsActivities
{
    public const string TenantId = "72f988bf-0000-4000-8000-000000000001";
    public const string BotId = "28:bot-app-id";
    public const string UserId = "29:user-1";
    public const string UserEntraId = "aad-user-1";

    /// <summary>The time zone the test user's client reports; the bot counts "today" in it.</summary>
    public const string UserTimeZone = "Europe/Stockholm";

    /// <summary>The test user's calendar day now: an hour a day (23:00–24:00 UTC in winter) it is already tomorrow in UTC terms.</summary>
    public static DateOnly UserToday() =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById(UserTimeZone)).DateTime);

    public static Activity PersonalMessage(Uri serviceUrl, string text, string locale = "en-US", string conversationId = "a:personal-1") => new()
    {
        Type = ActivityTypes.Message,
        Id = Guid.NewGuid().ToString("N"),
        Timestamp = DateTimeOffset.UtcNow,
        ServiceUrl = serviceUrl.ToString(),
        ChannelId = "msteams",
        From = new ChannelAccount { Id = UserId, Name = "Alex Wilber", AadObjectId = UserEntraId },
        Recipient = new ChannelAccount { Id = BotId, Name = "BenefitsBot" },
        Conversation = new ConversationAccount { Id = conversationId, ConversationType = "personal", TenantId = TenantId },
        Text = text,
        TextFormat = "plain",
        Locale = locale,
        LocalTimezone = UserTimeZone,
        Entities = [ClientInfo(locale)],
        ChannelData = Json($$$"""{"tenant":{"id":"{{{TenantId}}}"}}"""),
    };

    public static Activity ChannelMessage(Uri serviceUrl, string text, string teamId = "19:team-1@thread.tacv2", string channelId = "19:general@thread.tacv2")
    {
        var activity = PersonalMessage(serviceUrl, $"<at>BenefitsBot</at> {text}", conversationId: $"{channelId};messageid=1001");
        activity.Conversation = new ConversationAccount { Id = $"{channelId};messageid=1001", ConversationType = "channel", IsGroup = true, TenantId = TenantId };
        activity.Entities = [ClientInfo("en-US"), Mention()];
        activity.ChannelData = Json($$$"""{"teamsChannelId":"{{{channelId}}}","teamsTeamId":"{{{teamId}}}","tenant":{"id":"{{{TenantId}}}"},"team":{"id":"{{{teamId}}}"},"channel":{"id":"{{{channelId}}}"}}""");
        return activity;
    }

    public static Activity Invoke(Uri serviceUrl, string name, string valueJson, string locale = "en-US")
    {
        var activity = PersonalMessage(serviceUrl, string.Empty, locale);
        activity.Type = ActivityTypes.Invoke;
        activity.Text = null;
        activity.Name = name;
        activity.Value = Json(valueJson);
        return activity;
    }

    public static Activity ConversationUpdate(Uri serviceUrl, bool botAdded, string locale = "en-US")
    {
        var activity = PersonalMessage(serviceUrl, string.Empty, locale);
        activity.Type = ActivityTypes.ConversationUpdate;
        activity.Text = null;
        var bot = new ChannelAccount { Id = BotId };
        if (botAdded)
        {
            activity.MembersAdded = [bot, new ChannelAccount { Id = UserId, AadObjectId = UserEntraId }];
        }
        else
        {
            activity.MembersRemoved = [bot];
        }

        return activity;
    }

    public static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement.Clone();

    private static Entity ClientInfo(string locale) => new()
    {
        Type = "clientInfo",
        Properties = new() { ["locale"] = Json($"\"{locale}\""), ["timezone"] = Json($"\"{UserTimeZone}\""), ["platform"] = Json("\"Web\"") },
    };

    private static Entity Mention() => new()
    {
        Type = "mention",
        Properties = new() { ["mentioned"] = Json($$"""{"id":"{{BotId}}","name":"BenefitsBot"}"""), ["text"] = Json("\"<at>BenefitsBot</at>\"") },
    };
}
