namespace BenefitsBot.Graph;

/// <summary>
/// The <c>$filter</c> for a typeahead: <c>startswith</c> on the name and address properties Graph filters without advanced
/// queries, so no ConsistencyLevel header and no <c>$search</c> tokenizer quirks; guests match on their real mail.
/// </summary>
internal static class UserSearchFilter
{
    /// <summary>Longer input is cut: no name starts with more, and it keeps the URL short.</summary>
    internal const int MaxQueryLength = 64;

    private static readonly string[] Properties = ["displayName", "givenName", "surname", "mail", "userPrincipalName"];

    /// <summary>Null (list everyone, first page) for blank input.</summary>
    public static string? For(string query)
    {
        var text = query.Trim();
        if (text.Length == 0)
        {
            return null;
        }

        var literal = StringLiteral(text.Length > MaxQueryLength ? text[..MaxQueryLength] : text);
        return string.Join(" or ", Properties.Select(p => $"startswith({p},{literal})"));
    }

    /// <summary>An OData string literal: quotes doubled (OData ABNF); the SDK percent-encodes the whole value for the URL.</summary>
    internal static string StringLiteral(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
}
