using System.Text.Json;
using System.Text.Json.Nodes;
using BenefitsBot.Graph;
using BenefitsBot.Protocol.Activities;
using BenefitsBot.Protocol.Turns;
using BenefitsBot.Storage.Audit;
using BenefitsBot.Storage.Tenants;
using BenefitsBot.Testing.FakeGraph;
using BenefitsBot.Testing.Turns;
using BenefitsBot.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace BenefitsBot.Tests.Dialogs;

/// <summary>
/// One Teams user of a fresh tenant talking to the bot through the turn pipeline: typed messages (replies read at the fake
/// connector) and button presses (adaptiveCard/action invokes, the returned card read from the invoke response).
/// </summary>
public sealed class DialogDriver(AdminBotApp app)
{
    public string TenantId { get; } = Guid.NewGuid().ToString();

    public string UserId { get; init; } = "aad-" + Guid.NewGuid().ToString("N");

    public string ConversationId { get; } = "a:dialog-" + Guid.NewGuid().ToString("N");

    public DateOnly Today { get; set; } = new(2026, 3, 20);

    public string Locale { get; set; } = "en-US";

    public ITenantRecordStore Records => app.Services.GetRequiredService<ITenantRecordStore>();

    /// <summary>The same user and conversation acting as someone else (another user of the same tenant).</summary>
    public DialogDriver As(string userId) => new(app, this, userId);

    private DialogDriver(AdminBotApp app, DialogDriver other, string userId)
        : this(app)
    {
        TenantId = other.TenantId;
        ConversationId = other.ConversationId;
        UserId = userId;
        Today = other.Today;
        Locale = other.Locale;
    }

    public DialogDriver WithRole(Guid roleTemplateId, string name)
    {
        app.Graph.AddUsers(new FakeGraphUser(UserId, "Admin " + UserId[^4..], UserId + "@contoso.example"));
        app.Graph.AssignRole(UserId, new FakeGraphRole(roleTemplateId, name));
        return this;
    }

    public DialogDriver AsGlobalAdmin() => WithRole(KnownDirectoryRoles.GlobalAdministrator, "Global Administrator");

    /// <summary>Types <paramref name="text"/> and returns the card the bot replied with.</summary>
    public async Task<JsonElement> SayAsync(string text, TurnHarness? on = null)
    {
        var reply = await (on ?? app.Harness).AskAsync(Message(text));
        return TurnHarness.CardOf(reply);
    }

    /// <summary>Presses the button <paramref name="verb"/> of <paramref name="card"/> with <paramref name="inputs"/> filled in; returns the card that replaces it.</summary>
    public async Task<JsonElement> PressAsync(JsonElement card, string verb, JsonObject? inputs = null, TurnHarness? on = null)
    {
        var result = await SendPressAsync(card, verb, inputs, on);
        Assert.True(result.Status == 200, $"{verb} answered {result.Status}: {result.Body?.ToJsonString()}");
        Assert.Equal("application/vnd.microsoft.card.adaptive", result.Body!["type"]!.GetValue<string>());
        return JsonSerializer.SerializeToElement(result.Body["value"]);
    }

    public Task<ProcessResult> SendPressAsync(JsonElement card, string verb, JsonObject? inputs = null, TurnHarness? on = null)
    {
        var data = ButtonData(card, verb);
        foreach (var (key, value) in inputs ?? [])
        {
            data[key] = value?.DeepClone();
        }

        return SendInvokeAsync(verb, data, on);
    }

    /// <summary>A raw adaptiveCard/action invoke, e.g. a forged or hand-made payload.</summary>
    public Task<ProcessResult> SendInvokeAsync(string verb, JsonObject data, TurnHarness? on = null)
    {
        var value = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data }, ["trigger"] = "manual" };
        var invoke = TeamsActivities.Invoke((on ?? app.Harness).ServiceUrl, "adaptiveCard/action", value.ToJsonString(), Locale);
        Identify(invoke);
        return (on ?? app.Harness).SendAsync(invoke);
    }

    /// <summary>The data of the Action.Execute button <paramref name="verb"/> (fails when the card has no such button).</summary>
    public static JsonObject ButtonData(JsonElement card, string verb)
    {
        var action = Descendants(card).FirstOrDefault(n => n.ValueKind == JsonValueKind.Object
            && n.TryGetProperty("type", out var t) && t.GetString() == "Action.Execute"
            && n.TryGetProperty("verb", out var v) && v.GetString() == verb);
        Assert.True(action.ValueKind == JsonValueKind.Object, $"No {verb} button in {card.GetRawText()}");
        return action.TryGetProperty("data", out var data) ? JsonNode.Parse(data.GetRawText())!.AsObject() : [];
    }

    public static bool HasButton(JsonElement card, string verb) =>
        Descendants(card).Any(n => n.ValueKind == JsonValueKind.Object && n.TryGetProperty("verb", out var v) && v.GetString() == verb);

    public static string TextOf(JsonElement card) => TurnHarness.TextOf(card);

    /// <summary>The value an input of the card was drawn with.</summary>
    public static string? InputValue(JsonElement card, string id) =>
        Descendants(card).Where(n => n.ValueKind == JsonValueKind.Object && n.TryGetProperty("id", out var i) && i.GetString() == id)
            .Select(n => n.TryGetProperty("value", out var v) ? v.GetString() : null).FirstOrDefault();

    public async Task<IReadOnlyList<AuditEntry>> AuditAsync() =>
        await app.Services.GetRequiredService<IAuditLog>().QueryAsync(TenantId, DateTimeOffset.MinValue, DateTimeOffset.MaxValue, CancellationToken.None);

    public Activity Message(string text)
    {
        var message = TeamsActivities.PersonalMessage(app.Harness.ServiceUrl, text, Locale, ConversationId);
        Identify(message);
        return message;
    }

    private void Identify(Activity activity)
    {
        activity.From = new ChannelAccount { Id = "29:" + UserId, Name = "User " + UserId[^4..], AadObjectId = UserId };
        activity.Conversation = new ConversationAccount { Id = ConversationId, ConversationType = "personal", TenantId = TenantId };
        activity.ChannelData = TeamsActivities.Json($$$"""{"tenant":{"id":"{{{TenantId}}}"}}""");
        activity.LocalTimestamp = new DateTimeOffset(Today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.FromHours(1));
    }

    private static IEnumerable<JsonElement> Descendants(JsonElement node) => node.ValueKind switch
    {
        JsonValueKind.Object => node.EnumerateObject().SelectMany(p => Descendants(p.Value)).Prepend(node),
        JsonValueKind.Array => node.EnumerateArray().SelectMany(Descendants).Prepend(node),
        _ => [node],
    };
}
