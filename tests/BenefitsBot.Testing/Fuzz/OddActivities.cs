using System.Text.Json;
using System.Text.Json.Nodes;
using BenefitsBot.Protocol.Activities;
using BenefitsBot.Testing.Turns;

namespace BenefitsBot.Testing.Fuzz;

/// <summary>One generated activity: its JSON, whether its type is <c>invoke</c> (then 501 is a fair answer), and what was done to it.</summary>
public sealed record OddActivity(int Index, string Json, bool IsInvoke, string Description);

/// <summary>
/// A bounded, seeded generator of malformed and odd activities: Teams-shaped messages, channel messages, membership and
/// installation updates, card invokes and typeahead, each with one to four fields replaced by a wrong type, an odd value or
/// nothing. The same seed gives the same activities, so a failure can be replayed by its seed and index.
/// </summary>
public static class OddActivities
{
    private static readonly string[] Paths =
    [
        "type", "id", "text", "textFormat", "locale", "localTimezone", "timestamp", "localTimestamp", "serviceUrl", "channelId",
        "from", "from.id", "from.aadObjectId", "recipient", "recipient.id", "conversation", "conversation.id", "conversation.tenantId",
        "conversation.conversationType", "conversation.isGroup", "channelData", "channelData.tenant", "channelData.tenant.id",
        "channelData.team", "channelData.team.id", "channelData.channel", "channelData.eventType", "channelData.settings",
        "channelData.settings.selectedChannel", "entities", "entities.0", "entities.1", "entities.0.locale", "entities.1.mentioned",
        "entities.1.text", "membersAdded", "membersAdded.0", "membersRemoved", "attachments", "value", "value.action", "value.action.verb",
        "value.action.data", "value.action.type", "value.queryText", "value.queryOptions", "value.dataset", "name", "action",
        "replyToId", "deliveryMode", "valueType",
    ];

    /// <summary>Fields the protocol reads as strings.</summary>
    private static readonly HashSet<string> StringFields =
    [
        "type", "id", "text", "textFormat", "locale", "localTimezone", "timestamp", "localTimestamp", "channelId", "aadObjectId", "tenantId",
        "conversationType", "eventType", "verb", "queryText", "dataset", "name", "action", "replyToId", "deliveryMode", "valueType",
    ];

    private static readonly string[] Types = ["message", "invoke", "conversationUpdate", "installationUpdate", "messageReaction", "event", "typing", "messageUpdate", "MESSAGE", "somethingNew"];

    private static readonly string[] InvokeNames = ["adaptiveCard/action", "application/search", "composeExtension/query", "task/fetch", "signin/verifyState", "", "adaptiveCard/ACTION"];

    private static readonly string[] Verbs =
    [
        "faq.feedback", "faq.show", "ticket.create", "ticket.take", "ticket.answer", "ticket.refresh", "ticket.channel", "settings.show",
        "settings.save", "renewal.start", "renewal.choose", "renewal.record", "redeem.start", "redeem.pick", "redeem.confirm", "setup.start",
        "setup.offer.add", "setup.finish", "assign.start", "assign.add", "assign.run", "self.show", "suggestion.list", "suggestion.accept",
        "suggestion.reject", "users.search", "graph.users", "unknown.verb", "",
    ];

    public static IEnumerable<OddActivity> Generate(int seed, int count, Uri serviceUrl)
    {
        var random = new Random(seed);
        var odd = new OddJson(random);
        for (var index = 0; index < count; index++)
        {
            if (random.Next(20) == 0)
            {
                var (raw, what) = Raw(random, Base(random, odd, serviceUrl, index).ToJsonString());
                yield return new OddActivity(index, raw, false, what);
                continue;
            }

            var activity = Base(random, odd, serviceUrl, index);
            var changes = new List<string>();
            for (var i = random.Next(1, 5); i > 0; i--)
            {
                changes.Add(Mutate(activity, random, odd));
            }

            var json = activity.ToJsonString();
            var isInvoke = activity["type"] is JsonValue type && type.TryGetValue<string>(out var name) && name == "invoke";
            yield return new OddActivity(index, json, isInvoke, string.Join("; ", changes));
        }
    }

    private static JsonObject Base(Random random, OddJson odd, Uri serviceUrl, int index)
    {
        var conversation = $"a:fuzz-{index}";
        var activity = random.Next(6) switch
        {
            0 => TeamsActivities.ChannelMessage(serviceUrl, odd.Text(), channelId: $"19:fuzz-{index}@thread.tacv2"),
            1 => TeamsActivities.ConversationUpdate(serviceUrl, botAdded: random.Next(2) == 0),
            2 => TeamsActivities.Invoke(serviceUrl, odd.Pick(InvokeNames), Card(random, odd)),
            3 => TeamsActivities.Invoke(serviceUrl, "application/search", Search(odd)),
            _ => TeamsActivities.PersonalMessage(serviceUrl, odd.Text()),
        };
        if (activity.Conversation?.ConversationType == "personal")
        {
            activity.Conversation.Id = conversation; // its own conversation: no rate-limit waits between cases
        }

        if (activity.Type == ActivityTypes.Message && random.Next(4) == 0)
        {
            activity.Value = JsonDocument.Parse(Card(random, odd)).RootElement.GetProperty("action").GetProperty("data").Clone(); // Action.Submit
        }

        return JsonSerializer.SerializeToNode(activity, ActivityJsonContext.Default.Activity)!.AsObject();
    }

    private static string Card(Random random, OddJson odd)
    {
        var data = new JsonObject { ["verb"] = odd.Pick(Verbs), ["entry"] = odd.Any(), ["ticketId"] = odd.Any(), ["question"] = odd.Any(), ["x"] = odd.Any() };
        if (random.Next(2) == 0)
        {
            data["action"] = odd.Pick(Verbs);
        }

        return new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = odd.Pick(Verbs), ["data"] = data } }.ToJsonString();
    }

    /// <summary>Replaces (or removes) one field, given by a dotted path whose parents are created as objects when missing.</summary>
    private static string Mutate(JsonObject activity, Random random, OddJson odd)
    {
        var path = odd.Pick(Paths);
        var parts = path.Split('.');
        JsonNode? parent = activity;
        foreach (var part in parts[..^1])
        {
            parent = Child(parent, part);
            if (parent is null)
            {
                return $"{path}: no parent";
            }
        }

        var last = parts[^1];
        var choice = random.Next(10);
        JsonNode? value = choice switch
        {
            0 => null,
            < 4 when path == "type" => JsonValue.Create(odd.Pick(Types)),
            < 4 when path == "name" => JsonValue.Create(odd.Pick(InvokeNames)),
            < 7 when StringFields.Contains(last) => JsonValue.Create(odd.Text()), // the right type, an odd value: gets past parsing
            _ => odd.Any(),
        };
        var removed = choice == 9;
        switch (parent)
        {
            case JsonObject obj when removed:
                obj.Remove(last);
                return $"{path} removed";
            case JsonObject obj:
                obj[last] = value;
                break;
            case JsonArray array when int.TryParse(last, out var i) && i < array.Count:
                array[i] = value;
                break;
            case JsonArray array:
                array.Add(value);
                break;
            default:
                return $"{path}: parent is a value";
        }

        var shown = value?.ToJsonString() ?? "null";
        return $"{path} = {(shown.Length > 60 ? shown[..60] + "…" : shown)}";
    }

    private static JsonNode? Child(JsonNode? parent, string name) => parent switch
    {
        JsonObject obj => obj[name] ?? (obj[name] = new JsonObject()),
        JsonArray array when int.TryParse(name, out var i) && i < array.Count => array[i],
        _ => null,
    };

    /// <summary>A body that is no activity object at all: another JSON value, cut short, nested too deep, duplicate keys, too large.</summary>
    private static (string Json, string What) Raw(Random random, string valid) => random.Next(9) switch
    {
        0 => ("[]", "a JSON array"),
        1 => ("5", "a JSON number"),
        2 => ("null", "JSON null"),
        3 => (valid[..random.Next(1, valid.Length)], "cut short"),
        4 => (new string('[', 5000) + new string(']', 5000), "nested 5,000 deep"),
        5 => (valid[..^1] + ",\"type\":\"message\"}", "a duplicate key (the last one counts)"),
        6 => (valid[..^1] + ",\"pad\":\"" + new string('x', 300 * 1024) + "\"}", "over 256 KB"),
        7 => ("\ufeff" + valid, "a byte order mark"),
        _ => (string.Empty, "empty"),
    };

    private static string Search(OddJson odd) => new JsonObject
    {
        ["queryText"] = odd.Text(),
        ["dataset"] = odd.Pick(["users", "licenses", "", "x"]),
        ["queryOptions"] = new JsonObject { ["skip"] = 0, ["top"] = 15 },
        ["data"] = odd.Any(),
    }.ToJsonString();
}
