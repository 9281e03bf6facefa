namespace BenefitsBot.Domain.Dates;

/// <summary>
/// Folds Traditional characters that date phrases use into Simplified, and full-width digits and date separators (６／１５) into ASCII, one character for one
/// so offsets stay valid: our patterns and Microsoft.Recognizers.Text's Chinese model (which reads Simplified only) see the same text.
/// Same idea as the JS oracle's "t2s" option; a full converter (OpenCC, ICU's transliterator) is not served here and not needed
/// for date words: the table holds the general character simplifications of calendar, festival, quantity and time words (已經).
/// </summary>
internal static class ChineseText
{
    private const string Traditional = "個週後號這兩禮從國間來過內與開時還幾歲麼會點鐘曆農頭條節聖誕勞動慶兒婦親師樹陽燈龍萬復舊屆終結對當現於為歷閏臘經";
    private const string Simplified = "个周后号这两礼从国间来过内与开时还几岁么会点钟历农头条节圣诞劳动庆儿妇亲师树阳灯龙万复旧届终结对当现于为历闰腊经";

    public static string Normalize(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            var index = Traditional.IndexOf(c, StringComparison.Ordinal);
            span[i] = index >= 0 ? Simplified[index] : c is (>= '０' and <= '９') or '／' or '－' or '．' ? (char)(c - '０' + '0') : c;
        }
    });
}
