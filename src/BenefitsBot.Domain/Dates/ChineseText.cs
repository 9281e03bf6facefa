namespace BenefitsBot.Domain.Dates;

/// <summary>
/// Folds Traditional characters that date phrases use into Simplified, and full-width digits into ASCII, one character for one
/// so offsets stay valid. Same idea as the JS oracle's "t2s" option; a full converter (OpenCC) is not needed for date words.
/// </summary>
internal static class ChineseText
{
    private const string Traditional = "個週後號這兩禮從國間來過內與開時還幾歲麼會點鐘曆農頭條";
    private const string Simplified = "个周后号这两礼从国间来过内与开时还几岁么会点钟历农头条";

    public static string Normalize(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            var index = Traditional.IndexOf(c, StringComparison.Ordinal);
            span[i] = index >= 0 ? Simplified[index] : c is >= '０' and <= '９' ? (char)(c - '０' + '0') : c;
        }
    });
}
