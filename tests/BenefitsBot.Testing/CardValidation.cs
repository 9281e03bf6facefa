namespace BenefitsBot.Testing;

/// <summary>One issue the Adaptive Card oracle reported, e.g. <c>UnsupportedProperty</c> and its message.</summary>
public sealed record CardIssue(string Event, string Message);

/// <summary>The oracle's verdict on one card (validate-card.mjs --max-version 1.5 --strict: warnings count as errors).</summary>
public sealed record CardValidation(string Name, bool Ok, IReadOnlyList<CardIssue> Errors)
{
    /// <summary>
    /// The errors except the one Teams extension the JS SDK (adaptivecards 3.0.6) dates later than Teams does:
    /// <c>choices.data</c> (typeahead), which Teams documents on 1.2–1.5 cards and the SDK registers at 1.6.
    /// </summary>
    public IReadOnlyList<CardIssue> TeamsErrors =>
        [.. Errors.Where(e => !(e.Event == "UnsupportedProperty" && e.Message.StartsWith("Property \"choices.data\"", StringComparison.Ordinal)))];

    public bool ValidForTeams => TeamsErrors.Count == 0;

    public override string ToString() =>
        $"{Name}: {(Ok ? "ok" : string.Join("; ", Errors.Select(e => $"{e.Event}: {e.Message}")))}";
}
