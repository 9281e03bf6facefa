using System.Text.Json;
using System.Text.Json.Nodes;
using BenefitsBot.Bot.Actions;
using BenefitsBot.Graph;
using BenefitsBot.Protocol.Activities;
using BenefitsBot.Storage.Audit;
using BenefitsBot.Storage.Tenants;
using BenefitsBot.Testing.FakeGraph;
using BenefitsBot.Testing.Turns;
using BenefitsBot.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace BenefitsBot.Tests.Dialogs.Redemption;

/// <summary>
/// One admin in a tenant of their own (so tests sharing a fixture never see each other's records), driving dialogs through
/// the real turn pipeline: commands as messages, buttons as <c>adaptiveCard/action</c> invokes. Every card seen is kept for the oracle.
/// </summary>
public sealed class AdminDialogDriver
{
    private readonly AdminBotApp app;

    public AdminDialogDriver(AdminBotApp app, string locale = "en-US", params Guid[] roles)
    {
        this.app = app;
        Locale = locale;
        TenantId = Guid.NewGuid().ToString();
        UserId = "aad-" + Guid.NewGuid().ToString("N");
        ConversationId = "a:" + Guid.NewGuid().ToString("N");
        app.Graph.AddUsers(new FakeGraphUser(UserId, "Admin " + UserId[4..10], UserId + "@contoso.example"));
        foreach (var role in roles)
        {
            app.Graph.AssignRole(UserId, new FakeGraphRole(role, role.ToString()));
        }
    }

    public string Locale { get; }

    public string TenantId { get; }

    public string UserId { get; }

    public string ConversationId { get; }

    /// <summary>Every card the bot answered with, named for the oracle.</summary>
    public List<(string Name, string Json)> Cards { get; } = [];

    public ITenantRecordStore Records => app.Services.GetRequiredService<ITenantRecordStore>();

    public BotUser User => new(TenantId, UserId, "Admin", "en", DateOnly.FromDateTime(DateTime.UtcNow));

    public Task SeedAsync<T>(T record)
        where T : ITenantRecord<T> => Records.InsertAsync(TenantId, record, CancellationToken.None);

    public async Task<T?> FindAsync<T>(string id)
        where T : ITenantRecord<T> => (await Records.FindAsync<T>(TenantId, id, CancellationToken.None)) is { } found ? found.Value : default;

    public Task<IReadOnlyList<Versioned<T>>> ListAsync<T>()
        where T : ITenantRecord<T> => Records.ListAsync<T>(TenantId, CancellationToken.None);

    public Task<IReadOnlyList<AuditEntry>> AuditAsync() =>
        app.Services.GetRequiredService<IAuditLog>().QueryAsync(TenantId, DateTimeOffset.MinValue, DateTimeOffset.MaxValue, CancellationToken.None);

    /// <summary>Types a message; returns the card the bot posted.</summary>
    public async Task<JsonElement> SayAsync(string text)
    {
        var reply = await app.Harness.AskAsync(Own(TeamsActivities.PersonalMessage(app.Harness.ServiceUrl, text, Locale, ConversationId)));
        return Keep("message", TurnHarness.CardOf(reply));
    }

    /// <summary>
    /// Presses the button with <paramref name="verb"/> on <paramref name="card"/> (the first, or the one <paramref name="which"/> picks)
    /// as Teams does: the card's inputs with their shown values (unless the button sends none), then <paramref name="inputs"/> typed over them.
    /// </summary>
    public Task<JsonElement> PressAsync(JsonElement card, string verb, object? inputs = null, Func<JsonElement, bool>? which = null)
    {
        var data = Button(card, verb, which);
        var sendsInputs = !Descendants(card).Any(n => n.ValueKind == JsonValueKind.Object && n.TryGetProperty("verb", out var v) && v.GetString() == verb
            && n.TryGetProperty("associatedInputs", out var a) && a.GetString() == "none");
        foreach (var input in sendsInputs ? Descendants(card).Where(IsInputWithValue) : [])
        {
            data[input.GetProperty("id").GetString()!] = input.GetProperty("value").GetString();
        }

        foreach (var (key, value) in JsonSerializer.SerializeToNode(inputs ?? new { })!.AsObject())
        {
            data[key] = value?.DeepClone();
        }

        return InvokeAsync(verb, data);
    }

    /// <summary>Sends an Action.Execute with exactly this data (forged or replayed payloads); returns the card, or throws with the refusal.</summary>
    public async Task<JsonElement> InvokeAsync(string verb, JsonObject data)
    {
        var (type, value) = await RawInvokeAsync(verb, data);
        Assert.True(type == "application/vnd.microsoft.card.adaptive", $"expected a card, got {type}: {value}");
        return Keep(verb, value);
    }

    public async Task<(string Type, JsonElement Value)> RawInvokeAsync(string verb, JsonObject data)
    {
        var value = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data } };
        var result = await app.Harness.SendAsync(Own(TeamsActivities.Invoke(app.Harness.ServiceUrl, "adaptiveCard/action", value.ToJsonString(), Locale)));
        var body = JsonSerializer.SerializeToElement(result.Body);
        return (body.GetProperty("type").GetString()!, body.GetProperty("value").Clone());
    }

    /// <summary>The typeahead answer for the user picker: the result titles and values.</summary>
    public async Task<IReadOnlyList<(string Title, string Value)>> SearchUsersAsync(string query)
    {
        var value = new JsonObject { ["queryText"] = query, ["dataset"] = "graph.users", ["queryOptions"] = new JsonObject { ["skip"] = 0, ["top"] = 15 } };
        var result = await app.Harness.SendAsync(Own(TeamsActivities.Invoke(app.Harness.ServiceUrl, "application/search", value.ToJsonString(), Locale)));
        var body = JsonSerializer.SerializeToElement(result.Body);
        return [.. body.GetProperty("value").GetProperty("results").EnumerateArray().Select(r => (r.GetProperty("title").GetString()!, r.GetProperty("value").GetString()!))];
    }

    /// <summary>The data of the Action.Execute button with <paramref name="verb"/>; fails when the card has none.</summary>
    public static JsonObject Button(JsonElement card, string verb, Func<JsonElement, bool>? which = null)
    {
        var button = Descendants(card).FirstOrDefault(n => n.ValueKind == JsonValueKind.Object
            && n.TryGetProperty("type", out var t) && t.GetString() == "Action.Execute"
            && n.TryGetProperty("verb", out var v) && v.GetString() == verb
            && (which is null || which(n)));
        Assert.True(button.ValueKind == JsonValueKind.Object, $"no {verb} button on the card: {TurnHarness.TextOf(card)}");
        return JsonNode.Parse(button.GetProperty("data").GetRawText())!.AsObject();
    }

    public static bool HasButton(JsonElement card, string verb) =>
        Descendants(card).Any(n => n.ValueKind == JsonValueKind.Object && n.TryGetProperty("verb", out var v) && v.GetString() == verb);

    /// <summary>The preset value of the input with <paramref name="id"/> (what the user typed before, kept), or null.</summary>
    public static string? InputValue(JsonElement card, string id) =>
        Descendants(card).FirstOrDefault(n => n.ValueKind == JsonValueKind.Object && n.TryGetProperty("id", out var i) && i.GetString() == id
            && n.TryGetProperty("type", out var t) && t.GetString()!.StartsWith("Input.", StringComparison.Ordinal)) is { ValueKind: JsonValueKind.Object } input
            && input.TryGetProperty("value", out var value) ? value.GetString() : null;

    public static string Text(JsonElement card) => TurnHarness.TextOf(card);

    /// <summary>The title of a button whose title contains <paramref name="text"/>: picks one line of the list.</summary>
    public static Func<JsonElement, bool> Titled(string text) =>
        n => n.TryGetProperty("title", out var t) && t.GetString()!.Contains(text, StringComparison.Ordinal);

    private static bool IsInputWithValue(JsonElement node) =>
        node.ValueKind == JsonValueKind.Object
        && node.TryGetProperty("type", out var type) && type.GetString()!.StartsWith("Input.", StringComparison.Ordinal)
        && node.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.String;

    private JsonElement Keep(string name, JsonElement card)
    {
        Cards.Add(($"{name}-{Cards.Count}-{Locale}", card.GetRawText()));
        return card;
    }

    private Activity Own(Activity activity)
    {
        activity.From!.AadObjectId = UserId;
        activity.Conversation!.Id = ConversationId;
        activity.Conversation.TenantId = TenantId;
        activity.ChannelData = TeamsActivities.Json($$$"""{"tenant":{"id":"{{{TenantId}}}"}}""");
        return activity;
    }

    private static IEnumerable<JsonElement> Descendants(JsonElement node) => node.ValueKind switch
    {
        JsonValueKind.Object => node.EnumerateObject().SelectMany(p => Descendants(p.Value)).Prepend(node),
        JsonValueKind.Array => node.EnumerateArray().SelectMany(Descendants).Prepend(node),
        _ => [node],
    };
}
