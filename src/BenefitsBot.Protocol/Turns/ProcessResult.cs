using System.Text.Json.Nodes;

namespace BenefitsBot.Protocol.Turns;

/// <summary>What <c>/api/messages</c> answers: an HTTP status and an optional JSON body.</summary>
public sealed record ProcessResult(int Status, JsonNode? Body = null)
{
    public static ProcessResult Problem(int status, string title) => new(status, new JsonObject { ["status"] = status, ["title"] = title });
}
