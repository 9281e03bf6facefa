using BenefitsBot.Domain.Knowledge.Analysis;

namespace BenefitsBot.Domain.Knowledge.Ranking;

/// <summary>
/// Everything the ranker knows of the entries in one question language: each entry's phrasings (its question and alternate
/// questions in that language), its answer in that language, and the English text shared by all languages.
/// </summary>
internal sealed class LanguageRanker
{
    private readonly int entryCount;
    private readonly TermIndex phrasings;
    private readonly int[] phrasingEntry;
    private readonly TermIndex grams;
    private readonly TermIndex allPhrasings;
    private readonly PhrasingBayes bayes;
    private readonly TermIndex answers;
    private readonly TermIndex english;
    private readonly Vocabulary vocabulary;
    private readonly Vocabulary englishVocabulary;

    public LanguageRanker(string language, IReadOnlyList<EntryDocuments> entries, TermIndex english, Vocabulary englishVocabulary)
    {
        Language = language;
        entryCount = entries.Count;
        this.english = english;
        var phrasingTerms = new List<IReadOnlyList<string>>();
        var owners = new List<int>();
        for (var e = 0; e < entries.Count; e++)
        {
            foreach (var phrasing in entries[e].Phrasings)
            {
                phrasingTerms.Add(phrasing);
                owners.Add(e);
            }
        }

        phrasings = new TermIndex(phrasingTerms);
        phrasingEntry = [.. owners];
        grams = new TermIndex([.. phrasingTerms.Select(SubwordGrams.OfAll)]);
        allPhrasings = new TermIndex([.. entries.Select(entry => (IReadOnlyList<string>)[.. entry.Phrasings.SelectMany(terms => terms)])]);
        answers = new TermIndex([.. entries.Select(entry => entry.Answer)]);
        bayes = new PhrasingBayes(entries);
        vocabulary = new Vocabulary([.. phrasings.Terms, .. answers.Terms]);
        this.englishVocabulary = englishVocabulary;
    }

    public string Language { get; }

    public QueryFeatures Score(string text)
    {
        var terms = TermAnalyzer.Terms(text, Language).Distinct(StringComparer.Ordinal).ToArray();
        var englishTerms = Language == FaqLanguages.English ? terms : [.. TermAnalyzer.Terms(text, FaqLanguages.English).Distinct(StringComparer.Ordinal)];
        var features = new double[Enum.GetValues<RankingFeature>().Length][];
        for (var f = 0; f < features.Length; f++)
        {
            features[f] = new double[entryCount];
        }

        if (terms.Length == 0 && englishTerms.Length == 0)
        {
            return new QueryFeatures(Language, features, 0, 0);
        }

        NearestPhrasings(terms, features[(int)RankingFeature.NearestPhrasing], features[(int)RankingFeature.SecondPhrasing], features[(int)RankingFeature.NeighbourVote]);
        NearestGrams(terms, features[(int)RankingFeature.Subword]);
        Normalized(allPhrasings, terms, features[(int)RankingFeature.AllPhrasings]);
        Normalized(answers, terms, features[(int)RankingFeature.Answer]);
        Normalized(english, englishTerms, features[(int)RankingFeature.English]);
        Coverage(terms, englishTerms, features[(int)RankingFeature.Coverage]);
        bayes.Posterior(terms, features[(int)RankingFeature.Bayes]);
        var (content, unknown) = UnknownWords(terms);
        return new QueryFeatures(Language, features, content, unknown);
    }

    private const int Neighbours = 10;

    private void NearestPhrasings(string[] terms, double[] nearest, double[] second, double[] vote)
    {
        var cosine = new double[phrasings.DocumentCount];
        phrasings.Cosine(terms, cosine);
        Vote(cosine, vote);
        for (var p = 0; p < cosine.Length; p++)
        {
            var e = phrasingEntry[p];
            if (cosine[p] > nearest[e])
            {
                second[e] = nearest[e];
                nearest[e] = cosine[p];
            }
            else if (cosine[p] > second[e])
            {
                second[e] = cosine[p];
            }
        }
    }

    /// <summary>Each entry's share of the summed cosine of the <see cref="Neighbours"/> nearest phrasings.</summary>
    private void Vote(double[] cosine, double[] vote)
    {
        var nearest = new PriorityQueue<int, double>(Neighbours + 1);
        for (var p = 0; p < cosine.Length; p++)
        {
            if (cosine[p] > 0)
            {
                nearest.Enqueue(p, cosine[p]);
                if (nearest.Count > Neighbours)
                {
                    nearest.Dequeue();
                }
            }
        }

        var total = 0.0;
        while (nearest.TryDequeue(out var p, out var value))
        {
            vote[phrasingEntry[p]] += value;
            total += value;
        }

        for (var e = 0; total > 0 && e < vote.Length; e++)
        {
            vote[e] /= total;
        }
    }

    private void NearestGrams(string[] terms, double[] into)
    {
        var cosine = new double[grams.DocumentCount];
        grams.Cosine([.. SubwordGrams.OfAll(terms).Distinct(StringComparer.Ordinal)], cosine);
        for (var p = 0; p < cosine.Length; p++)
        {
            into[phrasingEntry[p]] = Math.Max(into[phrasingEntry[p]], cosine[p]);
        }
    }

    private static void Normalized(TermIndex index, string[] terms, double[] into)
    {
        if (terms.Length == 0 || index.DocumentCount == 0)
        {
            return;
        }

        index.AddBm25(terms, into);
        var ceiling = index.Bm25Ceiling(terms);
        for (var e = 0; e < into.Length; e++)
        {
            into[e] /= ceiling;
        }
    }

    /// <summary>Share of the question's idf mass present in the entry's own-language texts, or in its English text, whichever is more.</summary>
    private void Coverage(string[] terms, string[] englishTerms, double[] into)
    {
        Accumulate(terms, [phrasings, answers], into);
        if (!ReferenceEquals(terms, englishTerms))
        {
            var viaEnglish = new double[entryCount];
            Accumulate(englishTerms, [english], viaEnglish);
            for (var e = 0; e < entryCount; e++)
            {
                into[e] = Math.Max(into[e], viaEnglish[e]);
            }
        }

        void Accumulate(string[] query, TermIndex[] indexes, double[] target)
        {
            var total = query.Sum(term => phrasings.Idf(term));
            if (total <= 0)
            {
                return;
            }

            var seen = new HashSet<int>();
            foreach (var term in query)
            {
                seen.Clear();
                foreach (var index in indexes)
                {
                    foreach (var d in index.DocumentsWith(term))
                    {
                        var e = ReferenceEquals(index, phrasings) ? phrasingEntry[d] : d;
                        if (seen.Add(e))
                        {
                            target[e] += phrasings.Idf(term) / total;
                        }
                    }
                }
            }
        }
    }

    /// <summary>The question's content words, and how many of them no entry uses in any form (a typo of a known word is known).</summary>
    private (int Content, int Unknown) UnknownWords(string[] terms)
    {
        var words = terms.Where(term => !term.StartsWith('~')).ToArray();
        var unknown = words.Count(word => !IsKnown(word));
        return (words.Length, unknown);
    }

    private bool IsKnown(string word)
    {
        if (vocabulary.Contains(word) || englishVocabulary.Contains(word))
        {
            return true;
        }

        if (word.Any(Text.TextNormalizer.IsHan))
        {
            // A Chinese word the segmenter cut differently is known when all its character pairs are.
            return word.Length > 1 && Enumerable.Range(0, word.Length - 1).All(i => vocabulary.Contains(string.Concat("~", word.AsSpan(i, 2))));
        }

        return vocabulary.ContainsTypoOf(word) || englishVocabulary.ContainsTypoOf(word);
    }
}
