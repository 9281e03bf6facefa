using System.Globalization;
using System.Text;
using BenefitsBot.Domain.Knowledge.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Icu.Segmentation;
using Lucene.Net.Analysis.Nl;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Sv;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace BenefitsBot.Domain.Knowledge.Analysis;

/// <summary>
/// Turns text into index terms per language with Lucene.Net's analyzers: Snowball stemmers and stop words for English, Swedish and
/// Dutch (stems then lose their diacritics, so "forlangning" typed without å/ä/ö meets "förlängning"); for Chinese, ICU word
/// breaking of the Traditional text plus the character pairs of each Han run (a word the dictionary splits, 金|鑰, still matches as
/// 金鑰), with Latin words inside Chinese text analyzed as English. Thread-safe: Lucene analyzers keep a token stream per thread.
/// </summary>
public static class TermAnalyzer
{
    /// <summary>Longest input analyzed; the rest is ignored (<see cref="QuestionText.MaxAnalyzedLength"/>).</summary>
    public const int MaxLength = QuestionText.MaxAnalyzedLength;

    private static readonly LuceneVersion Version = LuceneVersion.LUCENE_48;
    private static readonly Analyzer English = new EnglishAnalyzer(Version, StopSet(EnglishAnalyzer.DefaultStopSet, StopWords.English));
    private static readonly Analyzer Swedish = new SwedishAnalyzer(Version);

    // Snowball's Dutch stemmer (licenties → licentie); DutchAnalyzer's older stemmer leaves plurals like that alone.
    private static readonly Analyzer Dutch = Analyzer.NewAnonymous((_, reader) =>
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream result = new LowerCaseFilter(Version, source);
        result = new StopFilter(Version, result, StopSet(DutchAnalyzer.DefaultStopSet, StopWords.Dutch));
        result = new SnowballFilter(result, new Lucene.Net.Tartarus.Snowball.Ext.DutchStemmer());
        return new TokenStreamComponents(source, result);
    });

    /// <summary>The index terms of <paramref name="text"/> in <paramref name="language"/> (one of <see cref="FaqLanguages.All"/>).</summary>
    public static IReadOnlyList<string> Terms(string text, string language)
    {
        ArgumentNullException.ThrowIfNull(text);
        var clean = Clean(text);
        return language switch
        {
            FaqLanguages.Swedish => Run(Swedish, clean),
            FaqLanguages.Dutch => Run(Dutch, clean),
            FaqLanguages.ChineseTraditional => Chinese(clean),
            _ => Run(English, clean),
        };
    }

    /// <summary>Cut to <see cref="MaxLength"/>, NFKC, lower case, Simplified folded to Traditional; unpaired surrogates and noncharacters become spaces.</summary>
    internal static string Clean(string text)
    {
        var cut = TextNormalizer.WithoutInvalid(QuestionText.Cut(text));
        var builder = new StringBuilder(cut.Length);
        foreach (var c in cut)
        {
            builder.Append(TextNormalizer.IsHan(c) ? ChineseScript.Fold(c) : c);
        }

        return builder.ToString().Normalize(NormalizationForm.FormKC).ToLowerInvariant();
    }

    /// <summary>Lucene's stop words plus our general-language function words (question words, pronouns, greetings).</summary>
    private static CharArraySet StopSet(CharArraySet lucene, IEnumerable<string> ours)
    {
        var set = new CharArraySet(Version, lucene, ignoreCase: true);
        foreach (var word in ours)
        {
            set.Add(word);
        }

        return set;
    }

    private static List<string> Run(Analyzer analyzer, string text)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream("f", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(FoldDiacritics(term.ToString()));
        }

        stream.End();
        return terms;
    }

    private static List<string> Chinese(string text)
    {
        var terms = new List<string>();
        var latin = new StringBuilder();
        using var tokenizer = new ICUTokenizer(new StringReader(text));
        var term = tokenizer.AddAttribute<ICharTermAttribute>();
        tokenizer.Reset();
        var run = new StringBuilder();
        while (tokenizer.IncrementToken())
        {
            var word = term.ToString();
            if (word.Any(TextNormalizer.IsHan))
            {
                if (!StopWords.ChineseCharacters.Contains(word))
                {
                    terms.Add(word);
                }

                run.Append(word);
                continue;
            }

            AddPairs(run, terms);
            latin.Append(word).Append(' ');
        }

        tokenizer.End();
        AddPairs(run, terms);
        terms.AddRange(Run(English, latin.ToString()));
        return terms;
    }

    /// <summary>Character pairs of a Han run, skipping pairs that are only function characters.</summary>
    private static void AddPairs(StringBuilder run, List<string> terms)
    {
        for (var i = 0; i + 1 < run.Length; i++)
        {
            var first = run[i].ToString();
            var second = run[i + 1].ToString();
            if (!(StopWords.ChineseCharacters.Contains(first) && StopWords.ChineseCharacters.Contains(second)))
            {
                terms.Add("~" + first + second);
            }
        }

        run.Clear();
    }

    private static string FoldDiacritics(string term)
    {
        if (term.All(char.IsAscii))
        {
            return term;
        }

        var builder = new StringBuilder(term.Length);
        foreach (var c in term.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
