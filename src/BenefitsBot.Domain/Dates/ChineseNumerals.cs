namespace BenefitsBot.Domain.Dates;

/// <summary>Reads Arabic and Chinese numerals: 31, 三十一, 十, 二〇二〇 (digit by digit), 一百一十四, 两.</summary>
internal static class ChineseNumerals
{
    /// <summary>Regex character class for a numeral (after <see cref="ChineseText.Normalize"/>, which folds 兩 and full-width digits).</summary>
    public const string Pattern = "[0-9〇零一二两三四五六七八九十百千]+";

    private const string Digits = "〇一二三四五六七八九";

    public static int? Parse(string text)
    {
        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var arabic))
        {
            return arabic;
        }

        if (!text.Any(c => c is '十' or '百' or '千'))
        {
            var value = 0;
            foreach (var c in text)
            {
                var digit = DigitOf(c);
                if (digit < 0)
                {
                    return null;
                }

                value = value * 10 + digit;
            }

            return text.Length > 0 ? value : null;
        }

        return Positional(text);
    }

    private static int? Positional(string text)
    {
        var total = 0;
        var pending = -1;
        foreach (var c in text)
        {
            var multiplier = c switch { '十' => 10, '百' => 100, '千' => 1000, _ => 0 };
            if (multiplier > 0)
            {
                total += (pending < 0 ? 1 : pending) * multiplier;
                pending = -1;
                continue;
            }

            var digit = DigitOf(c);
            if (digit < 0)
            {
                return null;
            }

            pending = digit;
        }

        return total + (pending < 0 ? 0 : pending);
    }

    private static int DigitOf(char c) => c switch
    {
        '零' or '〇' => 0,
        '两' => 2,
        >= '0' and <= '9' => c - '0',
        _ => Digits.IndexOf(c, StringComparison.Ordinal),
    };
}
