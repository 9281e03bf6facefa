using System.Resources;

namespace BenefitsBot.Localization;

/// <summary>One area's sentences from its <c>*.resx</c> files in the four languages; a missing key throws, naming the area.</summary>
internal sealed class LocalizedTexts(string baseName, string area)
{
    private readonly ResourceManager resources = new(baseName, typeof(LocalizedTexts).Assembly);

    public string Get(string key, string language) =>
        resources.GetString(key, UserLanguage.Culture(language)) ?? throw new KeyNotFoundException($"No {area} text '{key}'.");

    public string Format(string key, string language, params object[] arguments) =>
        string.Format(UserLanguage.Culture(language), Get(key, language), arguments);
}
