using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BenefitsBot.Testing.Playground;

/// <summary>What a user does in the Playground, as its own UI does it over HTTP.</summary>
public sealed partial class AgentsPlayground
{
    /// <summary>The user types <paramref name="text"/> in a chat (the personal chat when <paramref name="conversationId"/> is null).</summary>
    /// <returns>The Playground's message id of the user's message.</returns>
    public async Task<string> SendMessageAsync(string text, string? conversationId = null, CancellationToken cancellationToken = default)
    {
        var body = new JsonObject
        {
            ["from"] = new JsonObject { ["id"] = Config.CurrentUserId },
            ["text"] = text,
            ["textFormat"] = "plain",
        };
        var path = $"_conversation/v1/conversations/{Uri.EscapeDataString(conversationId ?? Config.PersonalConversationId)}/messages";
        var answer = await PostAsync(path, body, cancellationToken);
        return answer.GetProperty("messageId").GetString()!;
    }

    /// <summary>Forwards any activity JSON to the bot verbatim (other locales, tenants, invokes the UI cannot send).</summary>
    public async Task SendCustomActivityAsync(string activityJson, CancellationToken cancellationToken = default)
    {
        using var content = new StringContent(activityJson, Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(new Uri("_internal/v1/customActivities", UriKind.Relative), content, cancellationToken);
        await EnsureSuccessAsync(response, cancellationToken);
    }

    /// <summary>A custom activity prefilled with the Playground's ids (<c>type</c> is a placeholder to replace).</summary>
    public async Task<JsonObject> GetCustomActivityTemplateAsync(string? conversationId = null, CancellationToken cancellationToken = default)
    {
        var path = $"_internal/v1/customActivities/template?conversationId={Uri.EscapeDataString(conversationId ?? Config.PersonalConversationId)}";
        return await http.GetFromJsonAsync<JsonObject>(new Uri(path, UriKind.Relative), cancellationToken)
            ?? throw new InvalidOperationException("Empty custom activity template.");
    }

    /// <summary>An invoke on a card the bot sent (<c>adaptiveCard/action</c>, <c>composeExtension/*</c>, <c>message/submitAction</c>).</summary>
    /// <returns>The bot's invoke response body as the Playground passes it on.</returns>
    public Task<JsonElement> InvokeAsync(string name, JsonNode value, string replyToId, string? conversationId = null, CancellationToken cancellationToken = default)
    {
        var body = new JsonObject
        {
            ["name"] = name,
            ["value"] = value,
            ["from"] = new JsonObject { ["id"] = Config.CurrentUserId },
            ["conversation"] = new JsonObject { ["id"] = conversationId ?? Config.PersonalConversationId },
            ["replyToId"] = replyToId,
        };
        return PostAsync("_conversation/v1/invoke", body, cancellationToken);
    }

    /// <summary>Action.Submit on the card message <paramref name="replyToId"/>: the bot gets a message with <c>value</c> and no text.</summary>
    public async Task SubmitAsync(JsonNode value, string replyToId, string? conversationId = null, CancellationToken cancellationToken = default)
    {
        var body = new JsonObject
        {
            ["conversation"] = new JsonObject { ["id"] = conversationId ?? Config.PersonalConversationId },
            ["from"] = new JsonObject { ["id"] = Config.CurrentUserId },
            ["replyToId"] = replyToId,
            ["value"] = value,
        };
        await PostAsync("_conversation/v1/submit", body, cancellationToken);
    }

    /// <summary>Installs the app in a chat: the bot gets <c>installationUpdate</c> (add) and <c>conversationUpdate</c> (membersAdded).</summary>
    public async Task InstallAsync(string? conversationId = null, CancellationToken cancellationToken = default)
    {
        var path = $"_debug/conversation/{Uri.EscapeDataString(conversationId ?? Config.PersonalConversationId)}/installation";
        await PostAsync(path, new JsonObject(), cancellationToken);
    }

    private async Task<JsonElement> PostAsync(string path, JsonObject body, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync(new Uri(path, UriKind.Relative), body, cancellationToken);
        await EnsureSuccessAsync(response, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (text.Length == 0)
        {
            return default;
        }

        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            var detail = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new HttpRequestException($"Playground answered {(int)response.StatusCode} on {response.RequestMessage?.RequestUri}: {detail}", null, response.StatusCode);
        }
    }
}
