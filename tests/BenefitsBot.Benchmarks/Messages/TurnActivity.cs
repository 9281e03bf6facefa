using System.Text.Json.Nodes;

namespace BenefitsBot.Benchmarks.Messages;

/// <summary>A Teams-shaped 1:1 message activity, as the Playground sends it (ids made up, no token: both bots run anonymous).</summary>
internal static class TurnActivity
{
    private const string TenantId = "00000000-0000-0000-0000-0000000000001";

    public static byte[] Message(Uri serviceUrl, string conversationId, string activityId, string text) =>
        System.Text.Encoding.UTF8.GetBytes(new JsonObject
        {
            ["type"] = "message",
            ["id"] = activityId,
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            ["channelId"] = "msteams",
            ["serviceUrl"] = serviceUrl.AbsoluteUri,
            ["from"] = new JsonObject { ["id"] = "29:bench-user", ["name"] = "Bench User", ["aadObjectId"] = "00000000-0000-0000-0000-0000000000020" },
            ["recipient"] = new JsonObject { ["id"] = "28:bench-bot", ["name"] = "Bot" },
            ["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = "personal", ["tenantId"] = TenantId },
            ["text"] = text,
            ["textFormat"] = "plain",
            ["locale"] = "en-US",
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId } },
        }.ToJsonString());
}
