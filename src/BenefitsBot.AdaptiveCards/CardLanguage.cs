namespace BenefitsBot.AdaptiveCards;

/// <summary>Card <c>lang</c> values: the SDK accepts only <c>^[a-z]{2,3}$</c>, so a locale becomes its language subtag.</summary>
public static class CardLanguage
{
    public static string Normalize(string localeOrLanguage)
    {
        ArgumentNullException.ThrowIfNull(localeOrLanguage);
        var primary = localeOrLanguage.Trim().Split('-', '_')[0].ToLowerInvariant();
        if (primary.Length is < 2 or > 3 || !primary.All(char.IsAsciiLetterLower))
        {
            throw new ArgumentException($"\"{localeOrLanguage}\" has no 2–3 letter language code.", nameof(localeOrLanguage));
        }

        return primary;
    }
}
