using BenefitsBot.Domain.Knowledge.Parsing;

namespace BenefitsBot.Domain.Knowledge;

/// <summary>Lines up the files of one article (one per locale) into entries with several languages, by anchor and ordinal.</summary>
internal static class ArticleMerger
{
    private const int RelatedCount = 3;
    private const int MaxSlugLength = 80;

    public static IEnumerable<FaqEntry> Merge(string slug, IReadOnlyList<ParsedArticle> files)
    {
        var slots = new List<(string Key, ParsedEntry First, Dictionary<string, EntryText> Texts)>();
        foreach (var file in files.OrderBy(file => file.FilePath, StringComparer.Ordinal))
        {
            foreach (var entry in file.Entries)
            {
                var key = $"{entry.Anchor}#{entry.Ordinal}";
                var slot = slots.FindIndex(existing => existing.Key == key);
                if (slot < 0)
                {
                    slots.Add((key, entry, []));
                    slot = slots.Count - 1;
                }

                slots[slot].Texts.TryAdd(entry.Local.Language, entry.Local);
                if (entry.English is not null)
                {
                    slots[slot].Texts.TryAdd(FaqLanguages.English, entry.English);
                }
            }
        }

        var anchorCounts = slots.GroupBy(slot => slot.First.Anchor).ToDictionary(group => group.Key, group => group.Count());
        var ids = slots.Select(slot => Id(slug, slot.First, slot.Texts, anchorCounts[slot.First.Anchor] == 1)).ToList();
        return slots.Select((slot, index) => new FaqEntry(
            ids[index],
            slug,
            slot.First.Anchor,
            QuestionEn(slot.First, slot.Texts),
            slot.Texts,
            Related(slots.Select(other => other.First).ToList(), ids, index)));
    }

    private static string QuestionEn(ParsedEntry first, Dictionary<string, EntryText> texts) =>
        texts.TryGetValue(FaqLanguages.English, out var english) ? english.Question : first.Local.Question;

    private static string Id(string slug, ParsedEntry first, Dictionary<string, EntryText> texts, bool anchorIsOwn)
    {
        if (anchorIsOwn)
        {
            return $"{slug}/{first.Anchor}";
        }

        var question = ArticlePatterns.Slugify(QuestionEn(first, texts));
        return $"{slug}/q-{(question.Length > MaxSlugLength ? question[..MaxSlugLength].TrimEnd('-') : question)}";
    }

    private static List<string> Related(List<ParsedEntry> entries, List<string> ids, int index) =>
        [.. Enumerable.Range(0, entries.Count)
            .Where(other => other != index && entries[other].SectionAnchor == entries[index].SectionAnchor)
            .OrderBy(other => Math.Abs(other - index))
            .Take(RelatedCount)
            .Select(other => ids[other])];
}
