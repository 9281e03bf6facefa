using System.Text.Json.Nodes;

namespace BenefitsBot.Testing.Fuzz;

/// <summary>Odd JSON values for a seeded fuzzer: wrong types, edge numbers, strings no client sends, nesting, nulls in lists.</summary>
public sealed class OddJson(Random random)
{
    private static readonly string[] OddStrings =
    [
        "", " ", "x", "\u0000", "\ud800", "\udc00x", "\ufffe\uffffhelp", "\ufdd0", "\u202eevil", "\u200b\u200b", "😀🙏🏽", "<at></at>", "<at>",
        "</at><at>", "<at>BenefitsBot</at>", "help", "hi", "redeem", "settings", "report", "suggestions", "tickets here", "setup", "assign",
        "when can we renew?", "我們什麼時候可以續約", "2020年9月1日", "31/02/2020", "1 sept 2020", "0000-00-00", "9999-12-31T23:59:59Z",
        "not a date", "{\"json\":true}", "../../etc/passwd", "'; DROP TABLE x; --", "%s%n%x", "${{ x }}", "\r\n\t", "null", "NaN",
        "Action.Execute", "Action.Submit", "message", "invoke", "a:personal-1", "29:user-1", "28:bot-app-id", "msteams", "expectReplies",
        "add", "remove", "remove-upgrade", "channelCreated", "channelDeleted", "teamDeleted", "teamArchived", "teamRenamed", "personal",
        "channel", "groupChat", "Europe/Stockholm", "Mars/Base", "sv-SE", "zh-TW", "nl", "en-GB", "xx-YY",
    ];

    /// <summary>Any JSON value, nested at most <paramref name="depth"/> levels.</summary>
    public JsonNode? Any(int depth = 2) => random.Next(12) switch
    {
        0 => null,
        1 => JsonValue.Create(random.Next(2) == 0),
        2 => Number(),
        3 or 4 or 5 => JsonValue.Create(Text()),
        6 => new JsonArray(),
        7 => new JsonArray((JsonNode?)null),
        8 when depth > 0 => new JsonArray([.. Enumerable.Range(0, random.Next(1, 4)).Select(_ => Any(depth - 1))]),
        9 when depth > 0 => Fields(depth - 1),
        10 => new JsonObject(),
        _ => JsonValue.Create(Text()),
    };

    /// <summary>An object with a few fields, some of them names the protocol knows.</summary>
    public JsonObject Fields(int depth)
    {
        string[] names = ["id", "name", "type", "text", "value", "data", "verb", "action", "tenant", "team", "channel", "mentioned", "locale", "queryText", "x"];
        var result = new JsonObject();
        for (var i = random.Next(0, 4); i > 0; i--)
        {
            result[names[random.Next(names.Length)]] = Any(depth);
        }

        return result;
    }

    public JsonNode Number() => random.Next(6) switch
    {
        0 => JsonValue.Create(0),
        1 => JsonValue.Create(-1),
        2 => JsonValue.Create(long.MaxValue),
        3 => JsonValue.Create(1e308),
        4 => JsonValue.Create(0.5),
        _ => JsonValue.Create(random.Next()),
    };

    /// <summary>A string from the odd list, a random one, or a long one (up to 100,000 characters, rarely).</summary>
    public string Text() => random.Next(10) switch
    {
        < 6 => OddStrings[random.Next(OddStrings.Length)],
        < 8 => new string([.. Enumerable.Range(0, random.Next(1, 40)).Select(_ => (char)random.Next(0x20, 0xffff))]),
        8 => string.Concat(Enumerable.Repeat(OddStrings[random.Next(OddStrings.Length)] + " ", random.Next(10, 2000))),
        _ => new string('a', random.Next(1, 100_000)),
    };

    public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
