namespace BenefitsBot.Domain.Knowledge.Text;

/// <summary>
/// Cuts a run of Han characters at question and function words (什麼, 怎麼, 可以, 我們, 嗎, 的…), so the bigrams that follow stay
/// inside content words: "我們的權杖可以換嗎" gives 權杖 and 換, not 們的/的權/杖可/以換. Hand-written: a full word segmenter
/// (jieba and the like) needs a large dictionary; cutting at a short list of function words is enough for bigram retrieval.
/// </summary>
internal static class ChineseSegmenter
{
    /// <summary>Traditional forms (text is folded to Traditional first). Longer words win at a position; single characters are
    /// only those that do not begin content words of the domain (not 會 as in 會員, 請 as in 申請, 要 as in 需要).</summary>
    private static readonly string[] FunctionWords =
    [
        "什麼", "甚麼", "怎麼辦", "怎麼", "怎樣", "如何", "為什麼", "為何", "可不可以", "可以", "能不能", "能否", "是否", "是不是",
        "有沒有", "會不會", "要不要", "我們", "你們", "他們", "咱們", "請問", "一下", "哪裡", "哪些", "哪個", "這個", "那個", "這些",
        "那些", "這樣", "那樣", "還是", "或是", "或者", "如果", "的話", "因為", "所以", "但是", "然後", "已經", "應該", "到底", "一些",
        "麻煩", "謝謝", "你好", "您好", "想問", "想知道", "知道",
        "嗎", "呢", "吧", "啊", "喔", "哦", "嘛", "呀", "的", "了", "都", "也", "就", "把", "被", "您", "我", "你", "她", "們", "是",
        "該", "跟", "和", "與", "及", "或", "而", "很", "太", "嗯",
    ];

    private static readonly Dictionary<char, string[]> ByFirst = FunctionWords
        .GroupBy(word => word[0])
        .ToDictionary(group => group.Key, group => group.OrderByDescending(word => word.Length).ToArray());

    /// <summary>The content pieces of a Han run, in order.</summary>
    public static IEnumerable<string> Segments(string run)
    {
        var start = 0;
        var i = 0;
        while (i < run.Length)
        {
            var length = FunctionWordAt(run, i);
            if (length == 0)
            {
                i++;
                continue;
            }

            if (i > start)
            {
                yield return run[start..i];
            }

            i += length;
            start = i;
        }

        if (start < run.Length)
        {
            yield return run[start..];
        }
    }

    private static int FunctionWordAt(string run, int index) =>
        ByFirst.TryGetValue(run[index], out var words)
            ? words.FirstOrDefault(word => string.CompareOrdinal(run, index, word, 0, word.Length) == 0)?.Length ?? 0
            : 0;
}
