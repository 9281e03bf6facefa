using System.Text.Json.Nodes;

namespace BenefitsBot.Protocol.Turns;

/// <summary>The synchronous answer to an <c>invoke</c> activity: the HTTP status and JSON body Teams receives.</summary>
public sealed record InvokeResponse(int Status, JsonNode? Body)
{
    /// <summary>Universal Actions: replace the card with <paramref name="card"/>.</summary>
    public static InvokeResponse Card(JsonNode card) => Universal(200, "application/vnd.microsoft.card.adaptive", card);

    /// <summary>Universal Actions: show a short message under the card.</summary>
    public static InvokeResponse Message(string text) => Universal(200, "application/vnd.microsoft.activity.message", JsonValue.Create(text));

    /// <summary>Universal Actions error; Teams shows <paramref name="message"/>.</summary>
    public static InvokeResponse Error(int status, string code, string message) =>
        Universal(status, "application/vnd.microsoft.error", new JsonObject { ["code"] = code, ["message"] = message }, status);

    /// <summary>Typeahead (<c>application/search</c>) results: at most 15 are shown.</summary>
    public static InvokeResponse SearchResults(IEnumerable<(string Title, string Value)> results)
    {
        var items = new JsonArray();
        foreach (var (title, value) in results)
        {
            items.Add(new JsonObject { ["title"] = title, ["value"] = value });
        }

        return new InvokeResponse(200, new JsonObject
        {
            ["statusCode"] = 200,
            ["type"] = "application/vnd.microsoft.search.searchResponse",
            ["value"] = new JsonObject { ["results"] = items },
        });
    }

    private static InvokeResponse Universal(int statusCode, string type, JsonNode? value, int httpStatus = 200) =>
        new(httpStatus, new JsonObject { ["statusCode"] = statusCode, ["type"] = type, ["value"] = value });
}
