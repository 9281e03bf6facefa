using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace BenefitsBot.AppPackage;

/// <summary>Teams Toolkit style <c>${{NAME}}</c> placeholders in the manifest files, filled from a dictionary.</summary>
public static partial class ManifestPlaceholders
{
    /// <summary>
    /// Replaces every placeholder; the names with no value are added to <paramref name="unresolved"/>.
    /// Values are JSON-escaped because placeholders stand inside JSON strings.
    /// </summary>
    public static string Substitute(string json, IReadOnlyDictionary<string, string> variables, ISet<string> unresolved)
    {
        ArgumentNullException.ThrowIfNull(variables);
        ArgumentNullException.ThrowIfNull(unresolved);
        return Placeholder().Replace(json, match =>
        {
            var name = match.Groups["name"].Value;
            if (variables.TryGetValue(name, out var value))
            {
                return JsonEncodedText.Encode(value, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).ToString();
            }

            unresolved.Add(name);
            return match.Value;
        });
    }

    [GeneratedRegex(@"\$\{\{\s*(?<name>[A-Za-z0-9_]+)\s*\}\}")]
    private static partial Regex Placeholder();
}
