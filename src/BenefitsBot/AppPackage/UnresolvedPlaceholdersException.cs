namespace BenefitsBot.AppPackage;

/// <summary>The manifest uses <c>${{NAME}}</c> placeholders that no variable fills.</summary>
public sealed class UnresolvedPlaceholdersException(IReadOnlyList<string> names)
    : InvalidOperationException(
        $"The app manifest has unresolved placeholders: {string.Join(", ", names.Select(n => $"${{{{{n}}}}}"))}. " +
        "Set them as environment variables (or configuration) before packing.")
{
    public IReadOnlyList<string> Names { get; } = names;
}
