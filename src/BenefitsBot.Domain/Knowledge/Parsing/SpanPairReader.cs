using System.Text.RegularExpressions;

namespace BenefitsBot.Domain.Knowledge.Parsing;

/// <summary>Splits a line of a machine-translated Docs article into its translated text and its English source (<c>sxs-lookup</c> spans).</summary>
internal static partial class SpanPairReader
{
    public static LocalizedLine Read(string line, int number, string path, string language, ICollection<AlignedSentence> sentences)
    {
        if (!line.Contains("<span", StringComparison.Ordinal))
        {
            return new LocalizedLine(number, line, null);
        }

        var local = SpanPair().Replace(line, match => match.Groups["local"].Value);
        if (local.Contains("<span", StringComparison.Ordinal) || local.Contains("</span>", StringComparison.Ordinal))
        {
            throw new ArticleFormatException(path, number, "a localization span is not closed or has no English source beside it");
        }

        foreach (Match match in SpanPair().Matches(line))
        {
            if (match.Groups["id"].Value != match.Groups["sid"].Value)
            {
                throw new ArticleFormatException(path, number, $"span ids differ: {match.Groups["id"].Value} vs {match.Groups["sid"].Value}");
            }

            sentences.Add(new AlignedSentence(language, MarkdownInline.Plain(match.Groups["local"].Value), MarkdownInline.Plain(match.Groups["en"].Value)));
        }

        var english = SpanPair().Replace(line, match => match.Groups["en"].Value);
        return new LocalizedLine(number, local, english);
    }

    [GeneratedRegex("""<span data-ttu-id="(?<id>[^"]*)">(?<local>.*?)</span><span class="sxs-lookup"><span data-stu-id="(?<sid>[^"]*)">(?<en>.*?)</span></span>""")]
    private static partial Regex SpanPair();
}
