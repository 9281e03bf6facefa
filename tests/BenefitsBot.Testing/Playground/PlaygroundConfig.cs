using System.Text.Json;

namespace BenefitsBot.Testing.Playground;

/// <summary>The ids the Playground mocks (from <c>GET /_internal/v1/config</c>); <see cref="Raw"/> keeps the whole answer.</summary>
public sealed record PlaygroundConfig(string PersonalConversationId, string BotId, string CurrentUserId, string TenantId, JsonElement Raw)
{
    public static PlaygroundConfig Parse(JsonElement answer)
    {
        var config = answer.GetProperty("config");
        return new PlaygroundConfig(
            config.GetProperty("personalChat").GetProperty("id").GetString()!,
            config.GetProperty("bot").GetProperty("id").GetString()!,
            config.GetProperty("currentUser").GetProperty("id").GetString()!,
            config.GetProperty("tenantId").GetString()!,
            answer.Clone());
    }
}
