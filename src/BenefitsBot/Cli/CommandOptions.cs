namespace BenefitsBot.Cli;

/// <summary>Reads "--name value" pairs and bare flags; the commands are few and small, so no parsing library is pulled in.</summary>
internal static class CommandOptions
{
    public static Dictionary<string, string?> Parse(IReadOnlyList<string> args, params string[] known)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (!known.Contains(name, StringComparer.Ordinal))
            {
                throw new CommandLineException($"Unknown option '{name}'. Known: {string.Join(", ", known)}.");
            }

            var takesValue = i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal);
            values[name] = takesValue ? args[++i] : null;
        }

        return values;
    }
}
