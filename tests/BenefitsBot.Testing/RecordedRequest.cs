using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using BenefitsBot.Protocol.Activities;

namespace BenefitsBot.Testing;

/// <summary>One request the <see cref="FakeConnectorServer"/> received, and what it answered.</summary>
public sealed record RecordedRequest
{
    /// <summary>1, 2, 3… in arrival order.</summary>
    public required long Sequence { get; init; }

    public required DateTimeOffset ReceivedAt { get; init; }

    public required string Method { get; init; }

    /// <summary>The request target exactly as sent, still escaped (e.g. <c>/_connector/v3/conversations/a%3Bmessageid%3D1/activities</c>).</summary>
    public required string RawTarget { get; init; }

    /// <summary>The decoded path below the service URL, e.g. <c>v3/conversations/a;messageid=1/activities</c>.</summary>
    public required string Path { get; init; }

    public required ConnectorOperation Operation { get; init; }

    /// <summary>The decoded conversation (or team) id from the path.</summary>
    public string? ConversationId { get; init; }

    /// <summary>The decoded activity id from the path.</summary>
    public string? ActivityId { get; init; }

    public required IReadOnlyDictionary<string, string> Headers { get; init; }

    public required string Body { get; init; }

    /// <summary>The activity the request carried: the body of a send, reply or update, or <c>activity</c> of a create-conversation.</summary>
    public Activity? Activity { get; init; }

    public int ResponseStatus { get; init; }

    /// <summary>The activity id the server assigned (sends, replies, channel threads).</summary>
    public string? AssignedActivityId { get; init; }

    /// <summary>The conversation the activity landed in (for create-conversation: the new one).</summary>
    public string? TargetConversationId { get; init; }

    public string? Authorization => Headers.TryGetValue("Authorization", out var value) ? value : null;

    public bool Succeeded => ResponseStatus is >= 200 and < 300;

    public T? ReadBody<T>(JsonTypeInfo<T> type) => JsonSerializer.Deserialize(Body, type);
}
