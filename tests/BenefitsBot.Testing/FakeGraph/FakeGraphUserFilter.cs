using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace BenefitsBot.Testing.FakeGraph;

/// <summary>
/// The one <c>$filter</c> form the fake understands, strictly: <c>startswith(prop,'literal')</c> joined by <c> or </c>, with
/// quotes inside a literal doubled (OData ABNF). Anything else is a 400, so a badly escaped query fails like on Graph.
/// </summary>
internal sealed partial record FakeGraphUserFilter(string Property, string Prefix)
{
    public static bool TryParse(string? filter, [NotNullWhen(true)] out IReadOnlyList<FakeGraphUserFilter>? clauses)
    {
        clauses = null;
        if (string.IsNullOrEmpty(filter))
        {
            clauses = [];
            return true;
        }

        var match = Filter().Match(filter);
        if (!match.Success)
        {
            return false;
        }

        var properties = match.Groups["p"].Captures;
        var values = match.Groups["v"].Captures;
        clauses = [.. properties.Select((p, i) => new FakeGraphUserFilter(p.Value, values[i].Value.Replace("''", "'", StringComparison.Ordinal)))];
        return clauses.All(c => c.Read(new FakeGraphUser("x", "x", "x")) is not UnknownProperty);
    }

    public bool Matches(FakeGraphUser user) =>
        Read(user) is string value && value.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase);

    private const string UnknownProperty = "\0unknown";

    private string? Read(FakeGraphUser user) => Property switch
    {
        "displayName" => user.DisplayName,
        "givenName" => user.GivenName,
        "surname" => user.Surname,
        "mail" => user.Mail,
        "userPrincipalName" => user.UserPrincipalName,
        _ => UnknownProperty,
    };

    [GeneratedRegex(@"^startswith\((?<p>\w+),'(?<v>(?:[^']|'')*)'\)(?: or startswith\((?<p>\w+),'(?<v>(?:[^']|'')*)'\))*$")]
    private static partial Regex Filter();
}
