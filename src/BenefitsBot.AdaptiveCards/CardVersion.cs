namespace BenefitsBot.AdaptiveCards;

internal static class CardVersion
{
    private static readonly Version Max = Version.Parse(AdaptiveCard.MaxVersion);

    /// <summary>True for a "major.minor" version no later than <see cref="AdaptiveCard.MaxVersion"/>.</summary>
    public static bool IsAtMostMax(string? version) =>
        version is not null
        && version.Count(c => c == '.') == 1
        && Version.TryParse(version, out var parsed)
        && parsed <= Max;
}
