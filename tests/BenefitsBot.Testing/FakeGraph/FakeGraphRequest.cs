namespace BenefitsBot.Testing.FakeGraph;

/// <summary>One request the <see cref="FakeGraphServer"/> received, and the status it answered.</summary>
public sealed record FakeGraphRequest(
    DateTimeOffset ReceivedAt,
    string Method,
    string Path,
    IReadOnlyDictionary<string, string> Query,
    IReadOnlyDictionary<string, string> Headers,
    string Body)
{
    public int ResponseStatus { get; init; }

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    public string? QueryValue(string name) => Query.TryGetValue(name, out var value) ? value : null;
}
