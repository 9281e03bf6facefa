using System.Text.Json;
using System.Text.Json.Nodes;
using BenefitsBot.Escalation;
using BenefitsBot.Graph;
using BenefitsBot.Protocol.Activities;
using BenefitsBot.Storage.Tenants;
using BenefitsBot.Testing;
using BenefitsBot.Testing.FakeGraph;
using BenefitsBot.Testing.Turns;
using BenefitsBot.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace BenefitsBot.Tests.Escalation;

/// <summary>A Teams user: Teams id (29:…), Entra object id, display name.</summary>
public sealed record TeamsPerson(string UserId, string ObjectId, string Name);

/// <summary>
/// One tenant of its own in a shared <see cref="AdminBotApp"/> (so tests of one class don't see each other's tickets or
/// counts): its people in the fake Graph, its team channel, and Teams-shaped activities from them.
/// </summary>
public sealed class TicketScenario(AdminBotApp app)
{
    private readonly string suffix = Guid.NewGuid().ToString("N")[..10];

    public string TenantId { get; } = Guid.NewGuid().ToString();

    public string TeamId => $"19:team-{suffix}@thread.tacv2";

    public string ChannelId => $"19:channel-{suffix}@thread.tacv2";

    /// <summary>The channel conversation the admins type in.</summary>
    public string ChannelConversationId => $"{ChannelId};messageid=1001";

    public Uri ServiceUrl => app.Harness.ServiceUrl;

    public ITenantRecordStore Records => app.Services.GetRequiredService<ITenantRecordStore>();

    public TeamsPerson AddAdmin(string name) => AddPerson(name, KnownDirectoryRoles.GlobalAdministrator);

    public TeamsPerson AddUser(string name) => AddPerson(name, null);

    public static string PersonalConversationOf(TeamsPerson person) => "a:personal-" + (person ?? throw new ArgumentNullException(nameof(person))).ObjectId;

    public Activity Personal(TeamsPerson person, string text, string locale = "en-US")
    {
        ArgumentNullException.ThrowIfNull(person);
        var activity = TeamsActivities.PersonalMessage(ServiceUrl, text, locale, PersonalConversationOf(person));
        activity.From = new ChannelAccount { Id = person.UserId, Name = person.Name, AadObjectId = person.ObjectId };
        activity.Conversation!.TenantId = TenantId;
        activity.ChannelData = TeamsActivities.Json($$$"""{"tenant":{"id":"{{{TenantId}}}"}}""");
        return activity;
    }

    /// <summary>A message with the bot @mentioned in the scenario's channel (or in <paramref name="threadId"/>).</summary>
    public Activity Channel(TeamsPerson person, string text, string? threadId = null)
    {
        ArgumentNullException.ThrowIfNull(person);
        var activity = TeamsActivities.ChannelMessage(ServiceUrl, text, TeamId, ChannelId);
        activity.From = new ChannelAccount { Id = person.UserId, Name = person.Name, AadObjectId = person.ObjectId };
        activity.Conversation = new ConversationAccount { Id = threadId ?? ChannelConversationId, ConversationType = "channel", IsGroup = true, TenantId = TenantId };
        activity.ChannelData = TeamsActivities.Json($$$"""{"teamsChannelId":"{{{ChannelId}}}","teamsTeamId":"{{{TeamId}}}","tenant":{"id":"{{{TenantId}}}"},"team":{"id":"{{{TeamId}}}"},"channel":{"id":"{{{ChannelId}}}"}}""");
        return activity;
    }

    /// <summary>An Action.Execute press in the person's 1:1 chat, or in a channel thread when <paramref name="threadId"/> is given.</summary>
    public Activity Press(TeamsPerson person, string verb, JsonObject data, string? threadId = null)
    {
        var activity = threadId is null ? Personal(person, string.Empty) : Channel(person, string.Empty, threadId);
        activity.Type = ActivityTypes.Invoke;
        activity.Text = null;
        activity.Entities = null;
        activity.Name = "adaptiveCard/action";
        var value = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data } };
        activity.Value = TeamsActivities.Json(value.ToJsonString());
        return activity;
    }

    /// <summary>Sends the press through the bot's pipeline and returns the invoke answer (status and body).</summary>
    public async Task<(int Status, JsonElement Body)> PressAsync(Activity press, Testing.Turns.TurnHarness? harness = null)
    {
        var result = await (harness ?? app.Harness).SendAsync(press);
        return (result.Status, JsonDocument.Parse(result.Body?.ToJsonString() ?? "{}").RootElement.Clone());
    }

    /// <summary>The card an Action.Execute press got back (fails on an error answer).</summary>
    public async Task<JsonElement> PressForCardAsync(Activity press, Testing.Turns.TurnHarness? harness = null)
    {
        var (status, body) = await PressAsync(press, harness);
        Assert.True(status == 200, $"invoke answered {status}: {body}");
        Assert.Equal("application/vnd.microsoft.card.adaptive", body.GetProperty("type").GetString());
        return body.GetProperty("value");
    }

    /// <summary>The text of the card an Action.Execute press got back (fails on an error answer).</summary>
    public async Task<string> PressForCardTextAsync(Activity press, Testing.Turns.TurnHarness? harness = null) =>
        TurnHarness.TextOf(await PressForCardAsync(press, harness));

    /// <summary>"tickets here" (or another spelling) typed by <paramref name="admin"/> in the scenario's channel; returns the bot's reply text.</summary>
    public async Task<string> ChooseChannelAsync(TeamsPerson admin, string command = "tickets here") => ReplyText(await app.Harness.AskAsync(Channel(admin, command)));

    /// <summary>The user sends <paramref name="question"/> to the admins from their 1:1 chat; returns the receipt card's text.</summary>
    public Task<string> AskAdminsAsync(TeamsPerson user, string question, string language = "en") =>
        PressForCardTextAsync(Press(user, TicketVerbs.Create, new JsonObject { ["lang"] = language, ["question"] = question }));

    /// <summary>An admin (Adele Vance) picks the channel, then a user (Alex Wilber) sends <paramref name="question"/> to the admins.</summary>
    /// <param name="askBotFirst">The user first asks the bot in their 1:1 chat (so the bot knows that chat), as from the no-answer card.</param>
    public async Task<(TeamsPerson Admin, TeamsPerson User, Ticket Ticket)> PostTicketAsync(string question, bool askBotFirst = false)
    {
        var admin = AddAdmin("Adele Vance");
        var user = AddUser("Alex Wilber");
        await ChooseChannelAsync(admin);
        if (askBotFirst)
        {
            await app.Harness.AskAsync(Personal(user, question));
        }

        await AskAdminsAsync(user, question);
        return (admin, user, await SingleTicketAsync());
    }

    /// <summary>"Take it" pressed on the ticket's card in its channel thread.</summary>
    public Activity TakePress(TeamsPerson admin, Ticket ticket) => Press(admin, TicketVerbs.Take, TicketData(ticket), ticket?.ThreadConversationId);

    /// <summary>"Send answer" pressed on the ticket's card, with the answer box and the knowledge-base toggle filled in.</summary>
    public Activity AnswerPress(TeamsPerson person, Ticket ticket, string answer, bool addToKnowledgeBase, string cardLanguage = "en")
    {
        var data = TicketData(ticket, cardLanguage);
        data["answer"] = answer;
        data["addToKb"] = addToKnowledgeBase ? "true" : "false";
        return Press(person, TicketVerbs.Answer, data, ticket?.ThreadConversationId);
    }

    /// <summary>How many questions of this tenant the question log has counted today.</summary>
    public async Task<int> TallyAsync() =>
        (await app.Services.GetRequiredService<BenefitsBot.Storage.Questions.IQuestionLog>().TallyAsync(TenantId, DateTimeOffset.UtcNow.AddDays(-1), CancellationToken.None)).Sum(t => t.Count);

    public async Task<Ticket> SingleTicketAsync() => Assert.Single(await Records.ListAsync<Ticket>(TenantId, CancellationToken.None)).Value;

    public async Task<Ticket> TicketAsync(string id) => (await Records.FindAsync<Ticket>(TenantId, id, CancellationToken.None))!.Value;

    public static JsonObject TicketData(Ticket ticket, string language = "en") => new() { ["ticketId"] = ticket?.Id, ["lang"] = language };

    /// <summary>Text of a reply: the card's strings, or the plain text.</summary>
    public static string ReplyText(Activity reply) =>
        reply?.Attachments is { Count: > 0 } ? TurnHarness.TextOf(TurnHarness.CardOf(reply)) : reply?.Text ?? string.Empty;

    private TeamsPerson AddPerson(string name, Guid? role)
    {
        var id = Guid.NewGuid().ToString("N")[..8];
        var person = new TeamsPerson("29:user-" + id, "aad-" + id, name);
        app.Graph.AddUsers(new FakeGraphUser(person.ObjectId, name, $"{id}@contoso.example"));
        if (role is { } template)
        {
            app.Graph.AssignRole(person.ObjectId, new FakeGraphRole(template, "Global Administrator"));
        }

        return person;
    }
}
