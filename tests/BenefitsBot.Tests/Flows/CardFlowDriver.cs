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

namespace BenefitsBot.Tests.Flows;

/// <summary>
/// The one driver of every card flow test: one Teams user in a tenant of their own (so tests sharing a fixture never see
/// each other's records), talking to the real host through the turn pipeline. Typed commands go as messages (the reply is
/// read at the fake connector), buttons as <c>adaptiveCard/action</c> invokes (the card that replaces the pressed one is
/// read from the invoke response), pressed as Teams does: the card's inputs with their shown values, then what the test types.
/// </summary>
public sealed class CardFlowDriver
{
    /// <summary>The day the dialog tests live on unless they say otherwise.</summary>
    public static readonly DateOnly SampleDay = new(2026, 3, 20);

    /// <summary>The users each fake Graph knows already, so a user two drivers share is listed once.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<FakeGraphServer, HashSet<string>> KnownUsers = [];

    private readonly AdminBotApp app;

    /// <param name="roles">Entra roles (template ids) the user holds in the fake Graph.</param>
    public CardFlowDriver(AdminBotApp app, string locale = "en-US", params Guid[] roles)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(roles);
        this.app = app;
        Harness = app.Harness;
        Locale = locale;
        TenantId = Guid.NewGuid().ToString();
        UserId = "aad-" + Guid.NewGuid().ToString("N");
        ConversationId = "a:" + Guid.NewGuid().ToString("N");
        foreach (var role in roles)
        {
            WithRole(role, role.ToString());
        }
    }

    /// <summary>The same user, tenant and conversation as <paramref name="other"/> on <paramref name="app"/>'s first instance: a second client of one chat.</summary>
    public CardFlowDriver(AdminBotApp app, CardFlowDriver other)
        : this(app, other?.Locale ?? "en-US")
    {
        TenantId = other!.TenantId;
        UserId = other.UserId;
        ConversationId = other.ConversationId;
        Today = other.Today;
    }

    public string Locale { get; set; }

    /// <summary>The user's local day, sent as the activity's localTimestamp; null sends none (the server's clock decides).</summary>
    public DateOnly? Today { get; set; }

    /// <summary>The bot instance the next turns go to (the first by default; another one on the same store to test load balancing).</summary>
    public TurnHarness Harness { get; set; }

    public string TenantId { get; }

    public string UserId { get; init; }

    public string ConversationId { get; }

    /// <summary>Every card the bot answered with, named for the oracle.</summary>
    public List<(string Name, string Json)> Cards { get; } = [];

    /// <summary>The card of the last reply: what the next <see cref="PressAsync(string, object?, Func{JsonElement, bool}?)"/> presses on.</summary>
    public JsonElement LastCard { get; private set; }

    public ITenantRecordStore Records => app.Services.GetRequiredService<ITenantRecordStore>();

    /// <summary>Another user of the same tenant in the same conversation.</summary>
    public CardFlowDriver As(string userId) => new(app, this) { UserId = userId };

    public CardFlowDriver WithRole(Guid roleTemplateId, string name)
    {
        EnsureDirectoryUser();
        app.Graph.AssignRole(UserId, new FakeGraphRole(roleTemplateId, name));
        return this;
    }

    public CardFlowDriver AsGlobalAdmin() => WithRole(KnownDirectoryRoles.GlobalAdministrator, "Global Administrator");

    public Task SeedAsync<T>(T record)
        where T : ITenantRecord<T> => Records.InsertAsync(TenantId, record, CancellationToken.None);

    public async Task<T?> FindAsync<T>(string id)
        where T : ITenantRecord<T> => (await Records.FindAsync<T>(TenantId, id, CancellationToken.None)) is { } found ? found.Value : default;

    public Task<IReadOnlyList<Versioned<T>>> ListAsync<T>()
        where T : ITenantRecord<T> => Records.ListAsync<T>(TenantId, CancellationToken.None);

    public Task<IReadOnlyList<AuditEntry>> AuditAsync() =>
        app.Services.GetRequiredService<IAuditLog>().QueryAsync(TenantId, DateTimeOffset.MinValue, DateTimeOffset.MaxValue, CancellationToken.None);

    /// <summary>Types <paramref name="text"/>; returns the card the bot replied with.</summary>
    public async Task<JsonElement> SayAsync(string text, TurnHarness? on = null) =>
        Keep("message", TurnHarness.CardOf(await SayForReplyAsync(text, on)));

    /// <summary>Types <paramref name="text"/>; returns the bot's reply, card or text.</summary>
    public Task<Activity> SayForReplyAsync(string text, TurnHarness? on = null) => (on ?? Harness).AskAsync(Message(text));

    /// <summary>Presses <paramref name="verb"/> on the last card the bot answered with.</summary>
    public Task<JsonElement> PressAsync(string verb, object? inputs = null, Func<JsonElement, bool>? which = null) =>
        PressAsync(LastCard, verb, inputs, which);

    /// <summary>
    /// Presses the button <paramref name="verb"/> of <paramref name="card"/> (the first, or the one <paramref name="which"/> picks)
    /// with <paramref name="inputs"/> typed over the shown values; returns the card that replaces it.
    /// </summary>
    public async Task<JsonElement> PressAsync(JsonElement card, string verb, object? inputs = null, Func<JsonElement, bool>? which = null, TurnHarness? on = null)
    {
        var result = await SendPressAsync(card, verb, inputs, which, on);
        Assert.True(result.Status == 200, $"{verb} answered {result.Status}: {result.Body?.ToJsonString()}");
        Assert.Equal("application/vnd.microsoft.card.adaptive", result.Body!["type"]!.GetValue<string>());
        return Keep(verb, JsonSerializer.SerializeToElement(result.Body["value"]));
    }

    /// <summary>The press of <see cref="PressAsync(JsonElement, string, object?, Func{JsonElement, bool}?, TurnHarness?)"/>, answered as it came (status and body).</summary>
    public Task<ProcessResult> SendPressAsync(JsonElement card, string verb, object? inputs = null, Func<JsonElement, bool>? which = null, TurnHarness? on = null)
    {
        var data = Button(card, verb, which);
        var sendsInputs = !Descendants(card).Any(n => n.ValueKind == JsonValueKind.Object && n.TryGetProperty("verb", out var v) && v.GetString() == verb
            && n.TryGetProperty("associatedInputs", out var a) && a.GetString() == "none");
        foreach (var input in sendsInputs ? Descendants(card).Where(IsInputWithValue) : [])
        {
            data[input.GetProperty("id").GetString()!] = input.GetProperty("value").GetString();
        }

        foreach (var (key, value) in inputs as JsonObject ?? JsonSerializer.SerializeToNode(inputs ?? new { })!.AsObject())
        {
            data[key] = value?.DeepClone();
        }

        return SendInvokeAsync(verb, data, on);
    }

    /// <summary>An Action.Execute with exactly this data (forged or replayed payloads); returns the card, or fails with what came instead.</summary>
    public async Task<JsonElement> InvokeAsync(string verb, JsonObject data)
    {
        var (type, value) = await RawInvokeAsync(verb, data);
        Assert.True(type == "application/vnd.microsoft.card.adaptive", $"expected a card, got {type}: {value}");
        return Keep(verb, value);
    }

    public async Task<(string Type, JsonElement Value)> RawInvokeAsync(string verb, JsonObject data)
    {
        var result = await SendInvokeAsync(verb, data);
        var body = JsonSerializer.SerializeToElement(result.Body);
        return (body.GetProperty("type").GetString()!, body.GetProperty("value").Clone());
    }

    public Task<ProcessResult> SendInvokeAsync(string verb, JsonObject data, TurnHarness? on = null)
    {
        var harness = on ?? Harness;
        var value = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data }, ["trigger"] = "manual" };
        return harness.SendAsync(Identify(TeamsActivities.Invoke(harness.ServiceUrl, "adaptiveCard/action", value.ToJsonString(), Locale)));
    }

    /// <summary>The typeahead answer for the user picker: the result titles and values.</summary>
    public async Task<IReadOnlyList<(string Title, string Value)>> SearchUsersAsync(string query)
    {
        var value = new JsonObject { ["queryText"] = query, ["dataset"] = "graph.users", ["queryOptions"] = new JsonObject { ["skip"] = 0, ["top"] = 15 } };
        var result = await Harness.SendAsync(Identify(TeamsActivities.Invoke(Harness.ServiceUrl, "application/search", value.ToJsonString(), Locale)));
        var body = JsonSerializer.SerializeToElement(result.Body);
        return [.. body.GetProperty("value").GetProperty("results").EnumerateArray().Select(r => (r.GetProperty("title").GetString()!, r.GetProperty("value").GetString()!))];
    }

    /// <summary>A message from this user in their conversation.</summary>
    public Activity Message(string text) => Identify(TeamsActivities.PersonalMessage(Harness.ServiceUrl, text, Locale, ConversationId));

    /// <summary>The data of the Action.Execute button with <paramref name="verb"/> (the first, or the one <paramref name="which"/> picks); fails when the card has none.</summary>
    public static JsonObject Button(JsonElement card, string verb, Func<JsonElement, bool>? which = null)
    {
        var button = Descendants(card).FirstOrDefault(n => n.ValueKind == JsonValueKind.Object
            && n.TryGetProperty("type", out var t) && t.GetString() == "Action.Execute"
            && n.TryGetProperty("verb", out var v) && v.GetString() == verb
            && (which is null || which(n)));
        Assert.True(button.ValueKind == JsonValueKind.Object, $"no {verb} button on the card: {card.GetRawText()}");
        return button.TryGetProperty("data", out var data) ? JsonNode.Parse(data.GetRawText())!.AsObject() : [];
    }

    public static JsonObject ButtonData(JsonElement card, string verb) => Button(card, verb);

    public static bool HasButton(JsonElement card, string verb) =>
        Descendants(card).Any(n => n.ValueKind == JsonValueKind.Object && n.TryGetProperty("verb", out var v) && v.GetString() == verb);

    /// <summary>A <c>which</c> for <see cref="Button"/>: the button whose title contains <paramref name="text"/>.</summary>
    public static Func<JsonElement, bool> Titled(string text) =>
        n => n.TryGetProperty("title", out var t) && t.GetString()!.Contains(text, StringComparison.Ordinal);

    public static string TextOf(JsonElement card) => TurnHarness.TextOf(card);

    /// <summary>The value an input of the card was drawn with.</summary>
    public static string? InputValue(JsonElement card, string id) =>
        Descendants(card).Where(n => n.ValueKind == JsonValueKind.Object && n.TryGetProperty("id", out var i) && i.GetString() == id)
            .Select(n => n.TryGetProperty("value", out var v) ? v.GetString() : null).FirstOrDefault();

    private JsonElement Keep(string name, JsonElement card)
    {
        LastCard = card;
        Cards.Add(($"{name}-{Cards.Count}-{Locale}", card.GetRawText()));
        return card;
    }

    /// <summary>The user is a member of the tenant's directory (the fake Graph), with the roles given to <see cref="WithRole"/>.</summary>
    private void EnsureDirectoryUser()
    {
        var known = KnownUsers.GetOrCreateValue(app.Graph);
        lock (known)
        {
            if (known.Add(UserId))
            {
                app.Graph.AddUsers(new FakeGraphUser(UserId, "Admin " + UserId[^4..], UserId + "@contoso.example"));
            }
        }
    }

    private Activity Identify(Activity activity)
    {
        EnsureDirectoryUser();
        activity.From = new ChannelAccount { Id = "29:" + UserId, Name = "User " + UserId[^4..], AadObjectId = UserId };
        activity.Conversation = new ConversationAccount { Id = ConversationId, ConversationType = "personal", TenantId = TenantId };
        activity.ChannelData = TeamsActivities.Json($$$"""{"tenant":{"id":"{{{TenantId}}}"}}""");
        if (Today is { } today)
        {
            activity.LocalTimestamp = new DateTimeOffset(today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.FromHours(1));
        }

        return activity;
    }

    private static bool IsInputWithValue(JsonElement node) =>
        node.ValueKind == JsonValueKind.Object
        && node.TryGetProperty("type", out var type) && type.GetString()!.StartsWith("Input.", StringComparison.Ordinal)
        && node.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.String;

    private static IEnumerable<JsonElement> Descendants(JsonElement node) => node.ValueKind switch
    {
        JsonValueKind.Object => node.EnumerateObject().SelectMany(p => Descendants(p.Value)).Prepend(node),
        JsonValueKind.Array => node.EnumerateArray().SelectMany(Descendants).Prepend(node),
        _ => [node],
    };
}
